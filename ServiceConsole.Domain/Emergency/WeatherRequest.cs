using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-01 response phase: a customer asks to have a parcel stuck by a natural disaster returned
/// to the sender or redirected to a new address. Recorded by the agent on the call, then handled
/// (done) by whoever arranges it with the hub; its customer is "affected" and gets a recovery
/// callback (<see cref="WeatherRecoveryPolicy"/>).
/// </summary>
public sealed class WeatherRequest
{
    // For EF Core materialisation only.
    private WeatherRequest()
    {
    }

    public Guid Id { get; private set; }
    public string CustomerName { get; private set; } = "";
    public string CustomerPhone { get; private set; } = "";
    public string WaybillNo { get; private set; } = "";
    public WeatherRequestKind Kind { get; private set; }

    /// <summary>Where to deliver instead: required for a redirect, always null for a return (it goes back to the sender).</summary>
    public string? NewAddress { get; private set; }

    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>EMG-05: recorded in a drill, for a generated drill customer.</summary>
    public bool IsDrill { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }
    public bool IsDone => DoneAt is not null;

    public static WeatherRequest Record(
        Guid id,
        string customerName,
        string customerPhone,
        string waybillNo,
        WeatherRequestKind kind,
        string? newAddress,
        string? note,
        string recordedBy,
        DateTimeOffset recordedAt,
        bool isDrill)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A request needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(customerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(waybillNo);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        // Written down by hand or read out on the phone, a number comes with spaces or dashes; it is kept without them.
        customerPhone = CustomerKeys.NormalizePhone(customerPhone);
        if (!CustomerDataRules.IsValidPhone(customerPhone))
        {
            throw new ArgumentException("The customer's phone is not a valid mobile or landline number.", nameof(customerPhone));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown request kind.");
        }

        if (kind == WeatherRequestKind.Redirect && string.IsNullOrWhiteSpace(newAddress))
        {
            throw new ArgumentException("A redirect needs the new address.", nameof(newAddress));
        }

        DrillGuard.EnsureCustomerMatches(isDrill, customerPhone, nameof(customerPhone));
        return new WeatherRequest
        {
            Id = id,
            CustomerName = customerName.Trim(),
            CustomerPhone = customerPhone,
            WaybillNo = waybillNo.Trim(),
            Kind = kind,
            NewAddress = kind == WeatherRequestKind.Redirect ? newAddress!.Trim() : null,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedBy = recordedBy,
            RecordedAt = recordedAt,
            IsDrill = isDrill,
        };
    }

    /// <summary>The return or redirect has been arranged with the hub.</summary>
    public void Complete(string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (IsDone)
        {
            throw new InvalidTransitionException("complete", "done", "The request has already been handled.");
        }

        if (at < RecordedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, "A request cannot be handled before it was recorded.");
        }

        DoneAt = at;
        DoneBy = by;
    }
}
