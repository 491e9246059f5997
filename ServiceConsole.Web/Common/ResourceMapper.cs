using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Web.Common;

/// <summary>Turns aggregates into the wire shapes of the integration contract.</summary>
public static class ResourceMapper
{
    public static ContactResource ToResource(this Contact c) => new(
        c.Id, c.ExternalId, WireNames.ToWire(c.Channel), c.CustomerName, c.CustomerPhone, c.WaybillNo, c.Topic,
        c.ArrivedAt, c.RespondBy, WireNames.ToWire(c.Status), c.AgentCode, c.AssignedAt, c.AnsweredAt,
        c.FirstResponseSeconds, c.WithinTarget, c.ClosedAt, c.Resolved, c.Satisfaction, c.IsDrill);

    public static ComplaintResource ToResource(this Complaint c) => new(
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
            : null);

    public static EmergencyModeResource ToResource(this EmergencyModeState m) => new(
        WireNames.ToWire(m.Mode), m.Active, m.Phase is { } phase ? WireNames.ToWire(phase) : null, m.Drill, m.Since,
        m.Reason, m.IssueKey, m.ChangedBy, m.ChangedAt);
}
