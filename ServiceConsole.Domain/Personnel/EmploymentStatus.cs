namespace ServiceConsole.Domain.Personnel;

/// <summary>GEN-06: an agent is on probation until HR confirms them (转正).</summary>
public enum EmploymentStatus
{
    OnProbation,
    Confirmed,
}

/// <summary>What one entry of the probation history did.</summary>
public enum ProbationChangeKind
{
    /// <summary>The record was opened with the hire date and the probation end.</summary>
    Opened,

    /// <summary>The probation end moved later.</summary>
    Extended,

    /// <summary>The probation end moved earlier (never below the GEN-06 minimum).</summary>
    Shortened,

    /// <summary>The hire date was corrected; the probation end stayed.</summary>
    HireDateCorrected,

    /// <summary>HR confirmed the agent (转正).</summary>
    Confirmed,
}

/// <summary>One entry of an agent's probation history: what changed, to what, why, who and when.</summary>
public sealed record ProbationChange(
    ProbationChangeKind Kind, DateOnly HireDate, DateOnly? PreviousEnd, DateOnly ProbationEnd, string? Reason, string By, DateTimeOffset At);
