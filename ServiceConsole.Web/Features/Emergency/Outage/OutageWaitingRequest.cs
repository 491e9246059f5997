using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02/06: one line of the paper registration form. <paramref name="RecordedBy"/> is the agent code of who took
/// the details (the recovery call goes to them; an agent's own by default); <paramref name="RecordedAt"/> the time on
/// the form when it is typed in later (default now).
/// </summary>
/// <param name="CustomerName">The customer's name.</param>
/// <param name="CustomerPhone">The customer's phone.</param>
/// <param name="WaybillNo">The waybill, if any; when given it matches the waybill pattern (Policy:Data).</param>
/// <param name="Issue">What the customer needs, free text.</param>
/// <param name="RecordedBy">An existing agent's code: required when the caller has no agent code of their own (the API key, a supervisor).</param>
/// <param name="RecordedAt">The time on the paper form; left out, now.</param>
public sealed record OutageWaitingRequest(
    [Required, StringLength(100)] string? CustomerName,
    [Required, StringLength(20)] string? CustomerPhone,
    string? WaybillNo,
    [Required, StringLength(500)] string? Issue,
    [StringLength(20)] string? RecordedBy,
    DateTimeOffset? RecordedAt);
