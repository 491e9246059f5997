namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// A piece of a verification's evidence (CMP-04; an addition): <c>kind</c> is
/// <c>courier|outlet-head|logistics-records|video</c>.
/// </summary>
public sealed record EvidenceResource(string Kind, string? Note, string RecordedBy, DateTimeOffset RecordedAt);
