using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Components.Board;
using ServiceConsole.Web.Features.Emergency.Mass;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>The parts of the mass-complaint page: progress, plan clock, team and notification buttons.</summary>
public sealed class MassIncidentPageTests : BoardTestContext
{
    private static MassIncidentResource Incident(int resolved = 1, DateTimeOffset? planPublished = null, bool closed = false) => new(
        Guid.NewGuid(), "delay:WH-JN-03", "WH-JN-03 网点快件延误", Now.AddMinutes(-30), false, "诚挚道歉", Now.AddMinutes(-29),
        null, Now.AddMinutes(90), planPublished is null ? null : "优先派送", planPublished, planPublished is null ? null : "coordinator",
        Now.AddHours(47.5), resolved, 2, null, null,
        [
            new MassLinkResource(Guid.NewGuid(), "YD1", "resolved", "A001", Now, Now, "A001", "sms"),
            new MassLinkResource(Guid.NewGuid(), "YD2", "verified", null, null, null, null, null),
        ],
        [], closed ? Now : null);

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_the_plan_clock_ticks_until_the_plan_is_published()
    {
        var open = Render<IncidentPlan>(p => p.Add(x => x.Incident, Incident()));
        Assert.Equal("2026-11-22T09:30:00.000Z", open.Find(".sc-cd").GetAttribute("data-deadline"));
        Assert.NotNull(open.Find("[data-testid=plan-publish]"));

        var published = Render<IncidentPlan>(p => p.Add(x => x.Incident, Incident(planPublished: Now)).Add(x => x.ReadOnly, true));
        Assert.Empty(published.FindAll(".sc-cd"));
        Assert.Contains("优先派送", published.Find("[data-testid=incident-plan-text]").TextContent, StringComparison.Ordinal);
        Assert.Empty(published.FindAll("[data-testid=plan-publish]"));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_an_empty_plan_is_refused_on_the_field_and_not_sent()
    {
        var sent = new List<string>();
        var plan = Render<IncidentPlan>(p => p.Add(x => x.Incident, Incident()).Add(x => x.Submitted, (string text) => sent.Add(text)));

        plan.Find("[data-testid=plan-publish]").Click();

        Assert.Empty(sent);
        Assert.Contains("必填", plan.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_each_complainant_not_yet_told_can_be_told_by_phone_or_sms()
    {
        var told = new List<(Guid, string)>();
        var incident = Incident();
        var table = Render<IncidentComplaints>(p => p.Add(x => x.Incident, incident).Add(x => x.Notified, ((Guid, string) t) => told.Add(t)));

        Assert.Single(table.FindAll("[data-testid=notify-sms]"));
        table.Find("[data-testid=notify-sms]").Click();

        Assert.Equal((incident.Complaints[1].ComplaintId, "sms"), Assert.Single(told));
        Assert.Equal(["resolved", "verified"], table.FindAll("[data-testid=incident-complaint]").Select(r => r.GetAttribute("data-status")));
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_a_closed_incident_offers_no_actions()
    {
        var incident = Incident(closed: true);
        Assert.Empty(Render<IncidentComplaints>(p => p.Add(x => x.Incident, incident)).FindAll("[data-testid=notify-sms]"));
        Assert.Empty(Render<IncidentTeam>(p => p.Add(x => x.Incident, incident)).FindAll("[data-testid=team-save]"));
        Assert.Empty(Render<IncidentSolution>(p => p.Add(x => x.Incident, incident)).FindAll("[data-testid=solution-apply]"));
    }
}
