namespace ServiceConsole.Web.Configuration;

/// <summary>Sessions of signed-in people (section <c>ServiceConsole:Security</c>, issue 11 part 4).</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// How often a sign-in cookie and an open screen are checked against the account (INF-06): a sign-out elsewhere, a
    /// password change or a disabled account ends every other session of that user within this time.
    /// </summary>
    public int SessionRevalidationSeconds { get; set; } = 60;

    /// <summary>Most screens (Blazor circuits) one user may have open at once; a further one is refused with a message.</summary>
    public int MaxCircuitsPerUser { get; set; } = 5;
}
