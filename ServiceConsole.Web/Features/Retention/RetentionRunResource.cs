namespace ServiceConsole.Web.Features.Retention;

/// <summary>
/// One purge's destruction record as the API returns it. <see cref="Status"/> is <c>completed</c>, <c>running</c>
/// (in this process right now) or <c>interrupted</c> (stopped part-way; the next run resumes it).
/// </summary>
public sealed record RetentionRunResource(
    Guid Id,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RetentionCutoffs Cutoffs,
    IReadOnlyDictionary<string, int> Deleted,
    int Resumes,
    string Status);

/// <summary>The instants before which each kind of data was destroyed.</summary>
public sealed record RetentionCutoffs(DateTimeOffset CustomerData, DateTimeOffset ServiceRecords);
