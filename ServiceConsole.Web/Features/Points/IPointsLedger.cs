using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Points;

/// <summary>An agent as the points screens offer them: code and display name.</summary>
public sealed record PointsAgent(string Code, string Name);

/// <summary>A verified complaint a norm violation may be recorded against: the agent handled it or was held accountable for it.</summary>
public sealed record PointsComplaintChoice(Guid Id, string ExternalId, string Category, DateTimeOffset ReceivedAt, bool AgentAtFault);

/// <summary>
/// The points ledger of agents and couriers (SVC-10, CMP-11/12): read per month, and the norm violations supervisors
/// and complaint specialists record. An agent reads only their own entries; anything else answers as not found.
/// </summary>
public interface IPointsLedger
{
    /// <summary>
    /// The month's entries, newest first. <paramref name="subject"/> is <c>agent</c>, <c>courier</c> or null for both;
    /// <paramref name="code"/> one agent or courier, or null for all; <paramref name="month"/> <c>yyyy-MM</c>, by
    /// default the centre's current month.
    /// </summary>
    Task<OperationResult<IReadOnlyList<PointsEntryResource>>> ListAsync(
        string? subject, string? code, string? month, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>SVC-10: records a norm violation; against a complaint once only (a repeat answers the first).</summary>
    Task<OperationResult<PointsEntryResource>> RecordViolationAsync(
        NormViolationRequest request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>SVC-10: the norm violation recorded against a complaint, if any (at most one per complaint).</summary>
    Task<PointsEntryResource?> ViolationForComplaintAsync(Guid complaintId, CancellationToken cancellationToken = default);

    /// <summary>Every agent, by code, for the screens' pickers.</summary>
    Task<IReadOnlyList<PointsAgent>> AgentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The verified complaints of the last two months the agent handled or was held accountable for, newest first:
    /// what a supervisor picks from to record a norm violation against a complaint (SVC-10).
    /// </summary>
    Task<IReadOnlyList<PointsComplaintChoice>> ComplaintChoicesAsync(string agentCode, CancellationToken cancellationToken = default);
}
