namespace ServiceConsole.Domain.Complaints;

/// <summary>The names of the complaint clocks a <see cref="Deadlines.ClockBreach"/> can record, as they appear on the wire.</summary>
public static class BreachClocks
{
    /// <summary>CMP-04: verification within 1 h (general) or 6 h (major) of receipt.</summary>
    public const string Verify = "verify";

    /// <summary>CMP-02/03: resolution within 24 h (general) or 48 h (major) of receipt.</summary>
    public const string Resolve = "resolve";

    /// <summary>CMP-09: follow-up callback within 24 h of resolution.</summary>
    public const string Callback = "callback";

    /// <summary>CMP-10: callback within 12 h of reopening.</summary>
    public const string Recallback = "recallback";

    public static IReadOnlyList<string> All { get; } = [Verify, Resolve, Callback, Recallback];

    public static bool IsKnown(string? clock) => clock is Verify or Resolve or Callback or Recallback;
}
