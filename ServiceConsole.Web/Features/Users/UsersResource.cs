namespace ServiceConsole.Web.Features.Users;

/// <summary>Marker for the accounts screen's UI strings (UsersResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class UsersResource;
