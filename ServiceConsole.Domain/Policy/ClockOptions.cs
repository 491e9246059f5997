namespace ServiceConsole.Domain.Policy;

/// <summary>
/// How the console runs the policy's clocks. The warning is the console's own addition: POLICY.md
/// sets the deadlines, the centre decides how early people are reminded of them.
/// </summary>
public sealed class ClockOptions
{
    /// <summary>Minutes before a deadline (complaint clock or callback) that its owner and the supervisors are warned; 0 turns warnings off.</summary>
    public double WarningLeadMinutes { get; set; } = 15;
}
