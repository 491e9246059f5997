using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Web.Features.Emergency.Mass;

internal static class MassIncidentMapping
{
    public static MassIncidentResource ToResource(this MassIncident m, IReadOnlyDictionary<Guid, (string WaybillNo, ComplaintStatus Status, string? Assignee)> complaints) => new(
        m.Id, m.IssueKey, m.IssueTitle, m.OpenedAt, m.IsDrill, m.ApologyNotice, m.ApologyPublishedAt,
        m.Team is { } t ? new MassTeamResource(t.AgentCode, t.SpecialistCode, t.OutletHeadName) : null,
        m.PlanDueAt, m.PlanText, m.PlanPublishedAt, m.PlanPublishedBy, m.ResolveDueAt, m.ResolvedCount, m.TotalCount, m.AllResolvedAt,
        m.Solution is { } s
            ? new MassSolutionResource(WireNames.ToWire(s.Kind), s.Amount, s.Note, s.Findings, m.SolutionDecidedBy, m.SolutionDecidedAt)
            : null,
        [.. m.Links.OrderBy(l => l.LinkedAt).Select(l =>
        {
            var note = m.Notifications.FirstOrDefault(n => n.ComplaintId == l.ComplaintId);
            var c = complaints.GetValueOrDefault(l.ComplaintId);
            return new MassLinkResource(
                l.ComplaintId, c.WaybillNo ?? "", c.WaybillNo is null ? "unknown" : WireNames.ToWire(c.Status), c.Assignee,
                l.SolutionAppliedAt, note?.DoneAt, note?.DoneBy, note?.Channel is { } ch ? WireNames.ToWire(ch) : null);
        })],
        [.. m.Breaches.OrderBy(b => b.DueAt).Select(b => new BreachResource(b.RuleId, b.Clock, b.DueAt, b.RecordedAt))],
        m.ClosedAt);
}
