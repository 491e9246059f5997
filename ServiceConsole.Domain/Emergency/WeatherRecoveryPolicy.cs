using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-01 recovery phase: every affected customer is called back within
/// <c>WeatherRecoveryCallbackHours</c> (24 h) of the mode entering recovery. "Affected" means a
/// customer who asked for a return or redirect (<see cref="WeatherRequest"/>) or whose delay
/// question was answered in the mode (the delay contacts the caller selects). The callbacks carry
/// ids derived from the recovery and the customer, so creating them twice (a job fired again, a
/// late request added) never calls anyone twice: insert only the ids not yet stored.
/// </summary>
public sealed class WeatherRecoveryPolicy(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public TimeSpan CallbackWindow => TimeSpan.FromHours(_options.Emergency.WeatherRecoveryCallbackHours);

    /// <summary>The callbacks are due this long after entering recovery, not after each is created.</summary>
    public DateTimeOffset CallbackDueAt(DateTimeOffset enteredRecoveryAt) => enteredRecoveryAt + CallbackWindow;

    /// <summary>
    /// The customers owed a callback: requests and delay contacts of the same kind (drill or real)
    /// made since the mode started, one per customer, oldest first.
    /// </summary>
    public IReadOnlyList<AffectedCustomer> AffectedCustomers(
        IEnumerable<WeatherRequest> requests, IEnumerable<Contact> delayContacts, DateTimeOffset since, bool isDrill)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(delayContacts);

        var candidates = requests
            .Where(r => r.IsDrill == isDrill && r.RecordedAt >= since)
            .Select(r => (At: r.RecordedAt, Customer: new AffectedCustomer(
                Key(r.CustomerPhone, null), r.CustomerName, r.CustomerPhone, r.WaybillNo, null, r.RecordedBy)))
            .Concat(delayContacts
                .Where(c => c.IsDrill == isDrill && c.ArrivedAt >= since)
                .Select(c => (At: c.ArrivedAt, Customer: new AffectedCustomer(
                    Key(c.CustomerPhone, c.Id), c.CustomerName, c.CustomerPhone, c.WaybillNo, c.Id, c.AgentCode))))
            .OrderBy(x => x.At);

        var byKey = new Dictionary<string, AffectedCustomer>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (_, customer) in candidates)
        {
            if (byKey.TryGetValue(customer.Key, out var known))
            {
                // Keep the first sighting, filling in what it lacked (a contact id, a waybill).
                byKey[customer.Key] = known with
                {
                    WaybillNo = known.WaybillNo ?? customer.WaybillNo,
                    ContactId = known.ContactId ?? customer.ContactId,
                    AgentCode = known.AgentCode ?? customer.AgentCode,
                };
                continue;
            }

            byKey[customer.Key] = customer;
            order.Add(customer.Key);
        }

        return [.. order.Select(k => byKey[k])];
    }

    /// <summary>
    /// One recovery callback per customer, due <see cref="CallbackDueAt"/>. <paramref name="recoveryId"/>
    /// names this recovery (the id of the log entry that moved the mode into recovery).
    /// </summary>
    public IReadOnlyList<CallbackTask> RecoveryCallbacks(
        Guid recoveryId, IEnumerable<AffectedCustomer> customers, DateTimeOffset enteredRecoveryAt, DateTimeOffset now, bool isDrill)
    {
        if (recoveryId == Guid.Empty)
        {
            throw new ArgumentException("The recovery needs an id.", nameof(recoveryId));
        }

        ArgumentNullException.ThrowIfNull(customers);
        var due = CallbackDueAt(enteredRecoveryAt);
        return
        [
            .. customers.Select(c => CallbackTask.Create(
                CustomerKeys.DeterministicId(recoveryId, c.Key),
                CallbackKind.Recovery,
                complaintId: null,
                c.ContactId,
                c.AgentCode,
                now,
                due,
                $"天气恢复期回电 (EMG-01):{c.Name} {c.Phone}" + (c.WaybillNo is null ? "" : $",运单 {c.WaybillNo}"),
                isDrill,
                ruleId: "EMG-01")),
        ];
    }

    private static string Key(string phone, Guid? contactId)
    {
        var normalized = CustomerKeys.NormalizePhone(phone);
        return normalized.Length > 0 ? normalized : $"contact:{contactId}";
    }
}
