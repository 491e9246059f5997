namespace ServiceConsole.Web.Auth;

public static class ConsoleClaims
{
    public const string AgentCode = "sc:agent";
    public const string DisplayName = "sc:name";

    /// <summary>When the password was last changed, as UTC ticks (INF-06); absent when never recorded.</summary>
    public const string PasswordChangedAt = "sc:pwd";
}
