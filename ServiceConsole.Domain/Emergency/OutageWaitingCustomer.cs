namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-02/06: one line of the paper registration form: a customer who could not be served
/// while the system was down, with what they needed. Owned by <see cref="OutageIncident"/>; the
/// fields are those of <see cref="Supplies.PaperRegistrationForm"/>, so a paper form typed in
/// after recovery fits as it is.
/// </summary>
public sealed class OutageWaitingCustomer
{
    // For EF Core materialisation only.
    private OutageWaitingCustomer()
    {
    }

    internal OutageWaitingCustomer(
        Guid id, string customerName, string customerPhone, string? waybillNo, string issue, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        CustomerName = customerName;
        CustomerPhone = customerPhone;
        WaybillNo = waybillNo;
        Issue = issue;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string CustomerName { get; private set; } = "";
    public string CustomerPhone { get; private set; } = "";
    public string? WaybillNo { get; private set; }

    /// <summary>What the customer needed, in the agent's words.</summary>
    public string Issue { get; private set; } = "";

    /// <summary>The agent code of who took the details; the recovery callback goes to them.</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// The recovery callback owed to this customer, once the system is back. Two lines with the
    /// same phone share one callback.
    /// </summary>
    public Guid? CallbackTaskId { get; private set; }

    internal void LinkCallback(Guid taskId) => CallbackTaskId = taskId;
}
