using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Emergency;

// EMG-02 after recovery: the "system restored" notice and the callback owed to every waiting
// customer. A second file of the same aggregate, so each stays readable.
public sealed partial class OutageIncident
{
    /// <summary>
    /// The system is back: publishes the "system restored" notice and returns the recovery
    /// callbacks to store, one per waiting customer.
    /// </summary>
    public IReadOnlyList<CallbackTask> Restore(string notice, string by, PolicyOptions options, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notice);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(options);
        if (IsRestored)
        {
            throw new InvalidTransitionException("restore", "restored", "The system was already restored.");
        }

        NotBeforeStart(at, nameof(at));
        RecordDueBreaches(at);
        RestoredAt = at;
        RestoredBy = by;
        RestoredNotice = notice;
        CallbackDueAt = at.AddHours(options.Emergency.OutageRecoveryCallbackHours);
        return CreateMissingCallbacks(at);
    }

    /// <summary>
    /// After the restore: callbacks for waiting customers that have none yet (a paper form typed
    /// in late). Idempotent; a customer already owed a callback under the same phone shares it.
    /// </summary>
    public IReadOnlyList<CallbackTask> CreateMissingCallbacks(DateTimeOffset now)
    {
        if (CallbackDueAt is not { } due)
        {
            throw new InvalidTransitionException("callbacks", "down", "Recovery callbacks are created once the system is restored.");
        }

        var created = new List<CallbackTask>();
        foreach (var line in _waiting.Where(w => w.CallbackTaskId is null))
        {
            var phone = CustomerKeys.NormalizePhone(line.CustomerPhone);
            if (_waiting.Find(w => w.CallbackTaskId is not null && CustomerKeys.NormalizePhone(w.CustomerPhone) == phone) is { } sibling)
            {
                line.LinkCallback(sibling.CallbackTaskId!.Value);
                continue;
            }

            var task = CallbackTask.Create(
                Guid.NewGuid(), CallbackKind.Recovery, null, null, line.RecordedBy, now, due,
                $"系统恢复回电 (EMG-02):{line.CustomerName} {line.CustomerPhone}"
                    + (line.WaybillNo is null ? "" : $",运单 {line.WaybillNo}") + $",问题:{line.Issue}",
                IsDrill,
                ruleId: "EMG-02");
            line.LinkCallback(task.Id);
            created.Add(task);
        }

        return created;
    }
}
