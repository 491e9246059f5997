using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Training;

/// <summary>The trainings a policy rule sends an agent to, beyond onboarding and the monthly session.</summary>
public enum TrainingAssignmentKind
{
    /// <summary>TRN-05: the training after a failed month; its result is the re-assessment (TRN-06 on a fail).</summary>
    Remedial,

    /// <summary>SVC-11: the service-norm training after consecutive attitude complaints; failing it suspends.</summary>
    ServiceNorm
}

/// <summary>
/// A training a rule requires. <paramref name="SourceKey"/> names what caused it (e.g. <c>assessment:2026-11</c>,
/// <c>attitude:{complaintId}</c>); the same agent, kind and source key make one assignment however often it is asked.
/// </summary>
public sealed record TrainingAssignmentRequest(
    string AgentCode, TrainingAssignmentKind Kind, string RuleId, string SourceKey, string Reason, string AssignedBy);

/// <summary>One required training as the API and the screens show it.</summary>
public sealed record TrainingAssignmentResource(
    Guid Id,
    string AgentCode,
    string Kind,
    string RuleId,
    string SourceKey,
    string Reason,
    DateTimeOffset AssignedAt,
    string AssignedBy,
    int Days,
    string Status,
    double? Score,
    string? Note,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    DateTimeOffset? SuspendedUntil);

/// <summary>
/// Sends agents to the trainings the rules require and records how they end. Assigning holds the agent off duty
/// (<c>DutyHold.Training</c>) for the training's days; a pass releases the hold; a fail suspends the agent
/// (<c>DutyHold.Suspension</c>: TRN-06 after the remedial training, SVC-11 after the service-norm training) until a
/// Quartz job releases them at the end of the suspension. Each step also goes into the agent's training file (TRN-07).
/// Every method runs its own write: call it after your own write has committed, never inside one.
/// </summary>
public interface ITrainingAssignments
{
    /// <summary>Idempotent per agent, kind and source key: a repeat answers the existing assignment.</summary>
    Task<OperationResult<TrainingAssignmentResource>> AssignAsync(TrainingAssignmentRequest request, CancellationToken cancellationToken = default);

    /// <summary>The trainer records the result (for the remedial training, the re-assessment score).</summary>
    Task<OperationResult<TrainingAssignmentResource>> RecordResultAsync(
        Guid id, bool passed, double? score, string? note, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>An agent's assignments, newest first.</summary>
    Task<IReadOnlyList<TrainingAssignmentResource>> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default);
}
