using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// The complaint clocks: verify (CMP-04), resolve (CMP-02/03), follow-up callback (CMP-09)
/// and recallback after reopening (CMP-10). Verify and resolve run from receipt, not from
/// registration, because the customer has been waiting since then.
/// </summary>
public sealed class ComplaintDeadlines(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public TimeSpan VerifyWindow(Severity severity) => TimeSpan.FromHours(severity switch
    {
        Severity.General => _options.Complaints.GeneralVerifyHours,
        Severity.Major => _options.Complaints.MajorVerifyHours,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    });

    public TimeSpan ResolveWindow(Severity severity) => TimeSpan.FromHours(severity switch
    {
        Severity.General => _options.Complaints.GeneralResolveHours,
        Severity.Major => _options.Complaints.MajorResolveHours,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    });

    public DateTimeOffset VerifyBy(Severity severity, DateTimeOffset receivedAt) => receivedAt + VerifyWindow(severity);

    public DateTimeOffset ResolveBy(Severity severity, DateTimeOffset receivedAt) => receivedAt + ResolveWindow(severity);

    public DateTimeOffset FollowUpCallbackDue(DateTimeOffset resolvedAt) =>
        resolvedAt + TimeSpan.FromHours(_options.Complaints.FollowUpCallbackHours);

    public DateTimeOffset RecallbackDue(DateTimeOffset reopenedAt) =>
        reopenedAt + TimeSpan.FromHours(_options.Complaints.RecallbackHours);
}
