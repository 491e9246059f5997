namespace ServiceConsole.Web.Features.Account;

/// <summary>Marker for the account pages' UI strings (AccountResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class AccountResource;
