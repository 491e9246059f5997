using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>A contact from telephony, chat or a counter. The fields are nullable so a missing one comes back as a field-level 400.</summary>
/// <param name="ExternalId">The caller's id of the contact; ingest is idempotent on it.</param>
/// <param name="Channel">Where the customer reached the centre.</param>
/// <param name="CustomerPhone">A mainland mobile (11 digits starting with 1) or a landline with area code.</param>
/// <param name="WaybillNo">The waybill the contact is about, if any (8–20 upper-case letters and digits by default).</param>
/// <param name="Topic">What the customer asked about, free text (e.g. <c>query</c>).</param>
/// <param name="ArrivedAt">When the customer arrived; the server's now when left out; at most 5 minutes in the future.</param>
/// <param name="AgentCode">The agent the telephony or chat platform already routed it to; left out, the console routes it.</param>
/// <param name="IdNumber">INF-04: the customer's ID-card number for real-name sending (optional); kept protected, expires.</param>
public sealed record ContactCreateRequest(
    [Required] string? ExternalId,
    [Required, WireEnum<Channel>] string? Channel,
    [Required] string? CustomerName,
    [Required] string? CustomerPhone,
    string? WaybillNo,
    string? Topic,
    DateTimeOffset? ArrivedAt,
    string? AgentCode,
    string? IdNumber = null);
