using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>The complaint in the contract's wire shape, with its rounds, breaches, history, accountability and the owner's name.</summary>
public static class ComplaintMapping
{
    public static ComplaintResource ToResource(this Complaint c, IStaffDirectory staff) => new(
        c.Id, c.ExternalId, WireNames.ToWire(c.Channel), c.CustomerName, c.CustomerPhone, c.WaybillNo, c.OutletCode,
        WireNames.ToWire(c.Category), c.DelayDays, c.PackagingOnly, c.ItemValue, c.Insured, c.InsuredValue, c.ShippingFee,
        c.Demand, c.IssueKey, WireNames.ToWire(c.Severity), WireNames.ToWire(c.Status), c.ReceivedAt, c.VerifyBy,
        c.ResolveBy, c.CallbackDue, c.Assignee, c.Findings, c.FaultParty is { } fault ? WireNames.ToWire(fault) : null,
        c.ReopenCount, c.IsDrill,
        [.. c.Rounds.OrderBy(r => r.Number).Select(r => new NegotiationRoundResource(
            r.Number, WireNames.ToWire(r.Kind), r.Amount, r.Note, r.ProposedBy, r.ProposedAt, WireNames.ToWire(r.Outcome),
            r.AnsweredAt, r.AnswerNote))],
        [.. c.Breaches.OrderBy(b => b.DueAt).Select(b => new BreachResource(b.RuleId, b.Clock, b.DueAt, b.RecordedAt))],
        [.. c.History.OrderBy(h => h.At).Select(h => new HistoryResource(
            h.At, h.Actor, h.Action, h.FromStatus is { } from ? WireNames.ToWire(from) : null, WireNames.ToWire(h.ToStatus), h.Note))],
        c.Accountability is { } a
            ? new AccountabilityResource(WireNames.ToWire(a.Party), a.Accountable, a.Points, a.FineYuan, a.RuleId, a.InForce, a.RecordedBy, a.RecordedAt)
            : null,
        c.Assignee is { } owner ? staff.NameOf(owner) : null,
        [.. c.Evidence.OrderBy(e => e.Kind).Select(e => new EvidenceResource(WireNames.ToWire(e.Kind), e.Note, e.RecordedBy, e.RecordedAt))],
        c.CustomerId,
        c.CreatedBy,
        c.IdNumber,
        c.IdNumberExpiresAt,
        c.IdNumberExpired,
        c.LateEntry);
}
