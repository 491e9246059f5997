using ServiceConsole.Domain;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>The contact in the contract's wire shape.</summary>
public static class ContactMapping
{
    public static ContactResource ToResource(this Contact c) => new(
        c.Id, c.ExternalId, WireNames.ToWire(c.Channel), c.CustomerName, c.CustomerPhone, c.WaybillNo, c.Topic,
        c.ArrivedAt, c.RespondBy, WireNames.ToWire(c.Status), c.AgentCode, c.AssignedAt, c.AnsweredAt,
        c.FirstResponseSeconds, c.WithinTarget, c.ClosedAt, c.Resolved, c.Satisfaction, c.IsDrill, c.CustomerId, c.CreatedBy,
        c.IdNumber, c.IdNumberExpiresAt, c.IdNumberExpired, c.LateEntry);
}
