namespace ServiceConsole.Web.Configuration;

/// <summary>Request limits (section <c>ServiceConsole:RateLimits</c>, issue 11 part 5); a refused request gets 429 and Retry-After.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts a minute for one user name, from any address; 0 turns the limit off.</summary>
    public int SignInPerMinutePerUser { get; set; } = 10;

    /// <summary>Sign-in attempts a minute from one address, for any user name; 0 turns the limit off.</summary>
    public int SignInPerMinutePerAddress { get; set; } = 60;

    /// <summary>Writes a second by the API key (contacts, complaints and the other ingest calls); 0 turns the limit off.</summary>
    public int IngestPerSecond { get; set; } = 20_000;
}
