namespace ServiceConsole.Web.Auth;

public static class ConsoleClaims
{
    public const string AgentCode = "sc:agent";
    public const string DisplayName = "sc:name";
}
