namespace ServiceConsole.Web.Features.Security;

/// <summary>Marker for the security incidents screen's strings (SecurityResource*.resx beside it).</summary>
public sealed class SecurityResource;
