namespace ServiceConsole.Web.Configuration;

/// <summary>The console's own settings (section <c>ServiceConsole</c>); the policy numbers live under <c>Policy</c>.</summary>
public sealed class ServiceConsoleOptions
{
    public const string SectionName = "ServiceConsole";

    public IngestOptions Ingest { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Where the keys that protect ID-card numbers (INF-04) and sign-in cookies are kept.</summary>
    public DataProtectionSettings DataProtection { get; set; } = new();

    /// <summary>How far in the future a caller's timestamp may lie before it is refused (clock skew).</summary>
    public int FutureToleranceMinutes { get; set; } = 5;

    /// <summary>How old a caller's timestamp may be; older ones are refused as mistakes (the service records keep a year, INF-08).</summary>
    public int PastToleranceDays { get; set; } = 366;

    /// <summary>The centre's time zone: months and "today" are counted in it, and every screen shows times in it.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// The zones (IANA ids) a signed-in user may choose in the profile menu instead of the centre's, in menu order;
    /// the centre's zone is always offered first. None configured offers only the centre's.
    /// </summary>
    /// <remarks>An array that the configuration replaces whole (the binder would append to a pre-filled list).</remarks>
    public string[]? TimeZoneChoices { get; set; }

    /// <summary>
    /// Other sites (scheme://host[:port]) whose pages may open the live channels, e.g. a wallboard served elsewhere; the
    /// console's own origin is always allowed. None by default.
    /// </summary>
    public string[]? AllowedOrigins { get; set; }
}
