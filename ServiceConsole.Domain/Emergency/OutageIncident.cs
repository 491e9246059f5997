using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-02: one system outage from the moment an agent noticed it to the "system restored"
/// notice. Clocks: the supervisor reports to the technical team within <c>OutageReportMinutes</c>
/// (5) of the start (a late acknowledgement is a breach, recorded once); customers are told the
/// <c>OutageEstimateMinutes</c> (30) estimate; after recovery every waiting customer gets a
/// recovery callback due <c>OutageRecoveryCallbackHours</c> (1) after the restore.
/// </summary>
public sealed partial class OutageIncident
{
    private readonly List<OutageWaitingCustomer> _waiting = [];
    private readonly List<ClockBreach> _breaches = [];

    // For EF Core materialisation only.
    private OutageIncident()
    {
    }

    public Guid Id { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The agent who noticed the outage and reported it.</summary>
    public string NoticedBy { get; private set; } = "";

    public string Description { get; private set; } = "";
    public bool IsDrill { get; private set; }
    public DateTimeOffset ReportDueAt { get; private set; }

    /// <summary>The repair estimate customers are told (start + 30 min).</summary>
    public DateTimeOffset EstimatedRestoreAt { get; private set; }

    /// <summary>When the supervisor confirmed the technical team was contacted.</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? RestoredAt { get; private set; }
    public string? RestoredBy { get; private set; }

    /// <summary>The "system restored" notice as published.</summary>
    public string? RestoredNotice { get; private set; }

    public DateTimeOffset? CallbackDueAt { get; private set; }
    public bool IsRestored => RestoredAt is not null;
    public IReadOnlyList<OutageWaitingCustomer> Waiting => _waiting;
    public IReadOnlyList<ClockBreach> Breaches => _breaches;

    public EmergencyClock ReportClock => new(
        EmergencyClocks.Report, "EMG-02", ReportDueAt, AcknowledgedAt, _breaches.Exists(b => b.Clock == EmergencyClocks.Report));

    public IReadOnlyList<EmergencyClock> Clocks => [ReportClock];

    public static OutageIncident Start(
        Guid id, string noticedBy, string description, bool isDrill, PolicyOptions options, DateTimeOffset startedAt)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An outage needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(noticedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(options);
        return new OutageIncident
        {
            Id = id,
            StartedAt = startedAt,
            NoticedBy = noticedBy,
            Description = description.Trim(),
            IsDrill = isDrill,
            ReportDueAt = startedAt.AddMinutes(options.Emergency.OutageReportMinutes),
            EstimatedRestoreAt = startedAt.AddMinutes(options.Emergency.OutageEstimateMinutes),
        };
    }

    /// <summary>The supervisor has contacted the technical team. Later than the due instant is a breach.</summary>
    public void Acknowledge(string supervisor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisor);
        if (AcknowledgedAt is not null)
        {
            throw new InvalidTransitionException("acknowledge", "acknowledged", $"The outage was already reported by {AcknowledgedBy}.");
        }

        NotBeforeStart(at, nameof(at));
        RecordDueBreaches(at);
        AcknowledgedAt = at;
        AcknowledgedBy = supervisor;
    }

    /// <summary>For the scheduler: records the report clock if it ran out unacknowledged. Idempotent.</summary>
    /// <returns>The breaches newly recorded.</returns>
    public IReadOnlyList<ClockBreach> RecordDueBreaches(DateTimeOffset now)
    {
        if (AcknowledgedAt is null && now > ReportDueAt
            && ClockBreach.AddOnce(_breaches, "EMG-02", EmergencyClocks.Report, ReportDueAt, now) is { } breach)
        {
            return [breach];
        }

        return [];
    }

    /// <summary>
    /// Adds a line of the waiting list. While the system is down, or after it is back for a paper
    /// form filled in while it was down (then <paramref name="recordedAt"/> is the time on the form).
    /// </summary>
    public OutageWaitingCustomer RecordWaitingCustomer(
        Guid id, string customerName, string customerPhone, string? waybillNo, string issue, string recordedBy, DateTimeOffset recordedAt)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A waiting customer needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(customerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(issue);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        // Written down by hand or read out on the phone, a number comes with spaces or dashes; it is kept without them.
        customerPhone = CustomerKeys.NormalizePhone(customerPhone);
        if (!CustomerDataRules.IsValidPhone(customerPhone))
        {
            throw new ArgumentException("The customer's phone is not a valid mobile or landline number.", nameof(customerPhone));
        }

        DrillGuard.EnsureCustomerMatches(IsDrill, customerPhone, nameof(customerPhone));
        NotBeforeStart(recordedAt, nameof(recordedAt));
        if (RestoredAt is { } restored && recordedAt > restored)
        {
            throw new ArgumentOutOfRangeException(
                nameof(recordedAt), recordedAt, "The system was already back; serve the customer normally instead of listing them.");
        }

        var line = new OutageWaitingCustomer(
            id, customerName.Trim(), customerPhone, string.IsNullOrWhiteSpace(waybillNo) ? null : waybillNo.Trim(), issue.Trim(), recordedBy, recordedAt);
        _waiting.Add(line);
        return line;
    }

    private void NotBeforeStart(DateTimeOffset at, string paramName)
    {
        if (at < StartedAt)
        {
            throw new ArgumentOutOfRangeException(paramName, at, "The outage had not started yet.");
        }
    }
}
