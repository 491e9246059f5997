namespace ServiceConsole.Domain.Points;

/// <summary>The rule IDs the points ledger and the recognition name (POLICY.md SVC-10…12, CMP-11/12).</summary>
public static class PointsRules
{
    /// <summary>SVC-10: a complaint caused by the agent not following the service norms costs the agent points.</summary>
    public const string NormViolation = "SVC-10";

    /// <summary>SVC-11: consecutive attitude complaints send the agent to the service-norm training.</summary>
    public const string AttitudeTraining = "SVC-11";

    /// <summary>SVC-12: the month's excellent agent.</summary>
    public const string ExcellentAgent = "SVC-12";
}
