using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Points;

/// <summary>
/// SVC-10: a supervisor or complaint specialist found that an agent did not follow the service norms. Against a
/// complaint (the complaint was caused by it) there is at most one per complaint, and only once the complaint has been
/// verified; recorded directly, without a complaint, it carries only its reason. Either way it costs the agent
/// <see cref="PenaltyPolicy.NormViolationPoints"/> performance points, fixed when it is recorded.
/// </summary>
public sealed class NormViolation
{
    public const int MaxReasonLength = 500;
    public const int MaxCodeLength = 100;

    // For EF Core materialisation only.
    private NormViolation()
    {
    }

    public Guid Id { get; private set; }

    public string AgentCode { get; private set; } = "";

    /// <summary>The complaint the violation caused; null for a violation recorded directly.</summary>
    public Guid? ComplaintId { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>Points deducted (a positive number), as the policy said when it was recorded.</summary>
    public int Points { get; private set; }

    public string RuleId { get; private set; } = PointsRules.NormViolation;

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public PointsSource Source => ComplaintId is null ? PointsSource.Violation : PointsSource.Complaint;

    /// <summary>A violation seen directly (a call listened to, a chat read), with its reason.</summary>
    public static NormViolation Direct(Guid id, string agentCode, string reason, PenaltyPolicy penalties, string actor, DateTimeOffset at) =>
        Create(id, agentCode, null, reason, penalties, actor, at);

    /// <summary>
    /// The complaint was caused by the agent not following the norms. Refused (409) while the complaint has not been
    /// verified, because only verification establishes what caused it (CMP-04); a drill complaint carries no points.
    /// </summary>
    public static NormViolation ForComplaint(
        Guid id, Complaint complaint, string agentCode, string reason, PenaltyPolicy penalties, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (complaint.IsDrill)
        {
            throw new ArgumentException("A drill complaint carries no points.", "complaintId");
        }

        if (complaint.VerifiedAt is null)
        {
            throw new InvalidTransitionException(
                "record-violation",
                WireNames.ToWire(complaint.Status),
                $"Cannot record a norm violation against a {WireNames.ToWire(complaint.Status)} complaint: verify it first, so what caused it is established.");
        }

        return Create(id, agentCode, complaint.Id, reason, penalties, actor, at);
    }

    /// <summary>The same finding asked again answers the record already made; another agent for the same complaint is refused.</summary>
    public void EnsureSameAgent(string agentCode)
    {
        if (!string.Equals(AgentCode, agentCode?.Trim(), StringComparison.Ordinal))
        {
            throw new InvalidTransitionException(
                "record-violation",
                "recorded",
                $"A norm violation is already recorded against agent {AgentCode} for this complaint (SVC-10: one per complaint).");
        }
    }

    private static NormViolation Create(
        Guid id, string agentCode, Guid? complaintId, string reason, PenaltyPolicy penalties, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(penalties);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A violation needs an id.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(agentCode) || agentCode.Trim().Length > MaxCodeLength)
        {
            throw new ArgumentException("A violation names the agent.", nameof(agentCode));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            throw new ArgumentException($"A violation needs its reason (at most {MaxReasonLength} characters).", nameof(reason));
        }

        return new NormViolation
        {
            Id = id,
            AgentCode = agentCode.Trim(),
            ComplaintId = complaintId,
            Reason = reason.Trim(),
            Points = penalties.NormViolationPoints,
            RecordedBy = actor,
            RecordedAt = at,
        };
    }
}
