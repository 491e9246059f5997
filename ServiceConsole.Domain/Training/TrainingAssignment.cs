namespace ServiceConsole.Domain.Training;

/// <summary>The trainings a policy rule sends an agent to, beyond onboarding and the monthly session.</summary>
public enum RequiredTrainingKind
{
    /// <summary>TRN-05: the training after a failed month; its result is the re-assessment (TRN-06 on a fail).</summary>
    Remedial,

    /// <summary>SVC-11: the service-norm training after consecutive attitude complaints; failing it suspends.</summary>
    ServiceNorm,
}

/// <summary>Where a required training stands: assigned until the trainer records a pass or a fail, once.</summary>
public enum TrainingAssignmentStatus
{
    Assigned,
    Passed,
    Failed,
}

/// <summary>
/// A training a rule requires (TRN-05 remedial, SVC-11 service norms). It is assigned for a number of days and decided
/// once by a trainer: a pass ends it; a fail suspends the agent (TRN-06 after the remedial training, SVC-11 after the
/// service-norm training) until <see cref="SuspendedUntil"/>. The same agent, kind and source key make one assignment.
/// </summary>
public sealed class TrainingAssignment
{
    /// <summary>The rule a fail of the remedial training suspends under.</summary>
    public const string RemedialFailRule = "TRN-06";

    /// <summary>The rule a fail of the service-norm training suspends under.</summary>
    public const string ServiceNormFailRule = "SVC-11";

    // For EF Core materialisation only.
    private TrainingAssignment()
    {
    }

    public Guid Id { get; private set; }

    public string AgentCode { get; private set; } = "";

    public RequiredTrainingKind Kind { get; private set; }

    /// <summary>The rule that sent the agent (TRN-05, SVC-11).</summary>
    public string RuleId { get; private set; } = "";

    /// <summary>What caused it, e.g. <c>assessment:2026-11</c> or <c>attitude:{complaintId}</c>.</summary>
    public string SourceKey { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; } = "";

    /// <summary>How many days the training lasts (TRN-05: 3, SVC-11: 3).</summary>
    public int Days { get; private set; }

    public TrainingAssignmentStatus Status { get; private set; }

    /// <summary>The re-assessment or exam score the trainer gave, when there is one.</summary>
    public double? Score { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>After a fail: the end of the suspension it causes.</summary>
    public DateTimeOffset? SuspendedUntil { get; private set; }

    /// <summary>The rule a fail suspends under: TRN-06 for the remedial training, SVC-11 for the service-norm one.</summary>
    public string FailRuleId => Kind == RequiredTrainingKind.Remedial ? RemedialFailRule : ServiceNormFailRule;

    /// <summary>When the planned days of training are over (the result is due then).</summary>
    public DateTimeOffset PlannedEnd => AssignedAt.AddDays(Days);

    public static TrainingAssignment Assign(
        Guid id, string agentCode, RequiredTrainingKind kind, string ruleId, string sourceKey, string reason, int days, string assignedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(assignedBy);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a required training.");
        }

        return new TrainingAssignment
        {
            Id = id, AgentCode = agentCode, Kind = kind, RuleId = ruleId.Trim(), SourceKey = sourceKey.Trim(), Reason = reason.Trim(),
            Days = days, AssignedBy = assignedBy, AssignedAt = at, Status = TrainingAssignmentStatus.Assigned,
        };
    }

    /// <summary>The trainer records a pass; the training is over.</summary>
    /// <exception cref="InvalidTransitionException">The result was already recorded.</exception>
    public void Pass(double? score, string? note, string by, DateTimeOffset at)
    {
        Decide("pass", score, note, by, at);
        Status = TrainingAssignmentStatus.Passed;
    }

    /// <summary>The trainer records a fail: the agent is suspended for <paramref name="suspensionDays"/> days from now.</summary>
    /// <exception cref="InvalidTransitionException">The result was already recorded.</exception>
    public void Fail(double? score, string? note, string by, DateTimeOffset at, int suspensionDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(suspensionDays);
        Decide("fail", score, note, by, at);
        Status = TrainingAssignmentStatus.Failed;
        SuspendedUntil = at.AddDays(suspensionDays);
    }

    private void Decide(string action, double? score, string? note, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Status != TrainingAssignmentStatus.Assigned)
        {
            throw new InvalidTransitionException(action, WireNames.ToWire(Status), $"The result of this training was already recorded ({WireNames.ToWire(Status)}).");
        }

        if (score is { } s && !(s >= 0 && s <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score lies between 0 and 100.");
        }

        if (at < AssignedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, "A result comes after the assignment.");
        }

        Score = score;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedAt = at;
        DecidedBy = by;
    }
}
