using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>
/// A mass-complaint incident (EMG-03/04), an addition to the contract: the issue, the unified apology,
/// the team, the 2-hour plan clock, the 48-hour resolve-all clock with progress, and every linked complaint.
/// </summary>
public sealed record MassIncidentResource(
    Guid Id,
    string IssueKey,
    string IssueTitle,
    DateTimeOffset OpenedAt,
    bool Drill,
    string ApologyNotice,
    DateTimeOffset ApologyPublishedAt,
    MassTeamResource? Team,
    DateTimeOffset PlanDueAt,
    string? PlanText,
    DateTimeOffset? PlanPublishedAt,
    string? PlanPublishedBy,
    DateTimeOffset ResolveDueAt,
    int Resolved,
    int Total,
    DateTimeOffset? AllResolvedAt,
    MassSolutionResource? Solution,
    IReadOnlyList<MassLinkResource> Complaints,
    IReadOnlyList<BreachResource> Breaches,
    DateTimeOffset? ClosedAt);
