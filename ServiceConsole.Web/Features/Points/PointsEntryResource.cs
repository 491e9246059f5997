namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// One ledger entry as the API and the screens show it. <c>subject</c> is <c>agent|courier</c>, <c>code</c> the agent
/// code or the courier as verification named them, <c>name</c> the agent's display name (a courier's name is its code);
/// <c>points</c> is signed (a deduction is negative); <c>source</c> is <c>complaint|violation</c>.
/// </summary>
public sealed record PointsEntryResource(
    string Id,
    string Subject,
    string Code,
    string Name,
    int Points,
    string RuleId,
    string Source,
    Guid? ComplaintId,
    string? Reason,
    string RecordedBy,
    DateTimeOffset RecordedAt);
