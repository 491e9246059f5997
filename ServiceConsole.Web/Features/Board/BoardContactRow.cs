using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Features.Board;

/// <summary>A waiting contact on the board; the customer's name is masked (INF-07).</summary>
public sealed record BoardContactRow(
    Guid Id,
    string ExternalId,
    Channel Channel,
    string MaskedCustomer,
    string? Topic,
    string? AgentCode,
    DateTimeOffset ArrivedAt,
    DateTimeOffset? RespondBy,
    bool Drill,
    string? WaybillNo = null)
{
    /// <summary>The first-response limit this contact runs against (SVC-01/02); null at the counter (SVC-03).</summary>
    public TimeSpan? Target => RespondBy - ArrivedAt;
}
