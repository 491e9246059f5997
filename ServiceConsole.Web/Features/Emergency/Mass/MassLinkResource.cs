namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>One linked complaint: its state, whether the one solution reached it, whether the complainant was told.</summary>
public sealed record MassLinkResource(
    Guid ComplaintId,
    string WaybillNo,
    string Status,
    string? Assignee,
    DateTimeOffset? SolutionAppliedAt,
    DateTimeOffset? NotifiedAt,
    string? NotifiedBy,
    string? NotifiedChannel);
