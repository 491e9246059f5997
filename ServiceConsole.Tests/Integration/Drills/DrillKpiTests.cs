using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Drills;

namespace ServiceConsole.Tests.Integration.Drills;

/// <summary>
/// EMG-05: a drill touches no real customer or score. An agent works through a mass-complaint drill badly (late
/// answers, unresolved, poor ratings, verifications missed) and their KPIs and the board's breach counters do
/// not move; the same work counted as real would have moved them.
/// </summary>
public sealed class DrillKpiTests(DrillKpiTests.Factory factory) : IClassFixture<DrillKpiTests.Factory>
{
    private const string Agent = "A901";

    public sealed class Factory : DrillTestFactory;

    private async Task<string> KpiAsync(HttpClient api)
    {
        var response = await api.GetAsync($"/api/v1/agents/{Agent}/kpi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task RealContactAsync(HttpClient api, string externalId, int answerAfterSeconds, bool resolved, int satisfaction)
    {
        var now = factory.Clock.GetUtcNow();
        var created = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "phone", customerName = "赵先生", customerPhone = "13800138111", arrivedAt = now, agentCode = Agent,
        });
        var id = (await created.Content.ReadFromJsonAsync<ContactResource>())!.Id;
        await api.PostAsJsonAsync($"/api/v1/contacts/{id}/answer", new { agentCode = Agent, at = now.AddSeconds(answerAfterSeconds) });
        var closed = await api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = now.AddSeconds(answerAfterSeconds + 60), resolved, satisfaction });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    [Trait("Rule", "SVC-07")]
    public async Task EMG_05_a_drill_worked_badly_leaves_the_agents_kpis_and_the_boards_breach_counters_unchanged()
    {
        await factory.SeedAgentAsync(Agent, "phone");
        var api = factory.CreateApiClient();
        await RealContactAsync(api, "kpi-real-1", 5, resolved: true, satisfaction: 5);
        await RealContactAsync(api, "kpi-real-2", 20, resolved: false, satisfaction: 4); // one real late answer
        var board = factory.Services.GetRequiredService<IBoardSnapshotSource>();
        var kpiBefore = await KpiAsync(api);
        var breachesBefore = (await board.BuildAsync()).Breaches;
        Assert.Equal(1, breachesBefore.FirstResponse);

        var schedule = await factory.ScheduleAsync(EmergencyMode.MassComplaint);
        var run = (await factory.Drills.RunNowAsync(schedule.Id, DrillTestFactory.Trainer)).Value!;
        await WorkTheDrillBadlyAsync(run);
        await factory.Drills.EndNowAsync(run.Id, DrillTestFactory.Trainer);

        Assert.Equal(kpiBefore, await KpiAsync(api));
        Assert.Equal(breachesBefore, (await board.BuildAsync()).Breaches);
        await AssertTheDrillWouldHaveCountedAsync(run);
    }

    /// <summary>Every drill contact answered late, closed unresolved and rated 1 but one left waiting; every drill complaint past its verification.</summary>
    private async Task WorkTheDrillBadlyAsync(DrillRunView run)
    {
        var contacts = factory.Services.GetRequiredService<ContactService>();
        var clocks = factory.Services.GetRequiredService<ComplaintClockService>();
        factory.Clock.Advance(TimeSpan.FromSeconds(40));
        await using var db = factory.Db();
        var drillContacts = await db.Contacts.AsNoTracking().Where(c => c.ExternalId.StartsWith(DrillRun.RecordPrefixOf(run.Id))).ToListAsync();
        Assert.All(drillContacts, c => Assert.Equal(Agent, c.AgentCode));
        foreach (var c in drillContacts.Skip(1))
        {
            var now = factory.Clock.GetUtcNow();
            Assert.True((await contacts.AnswerAsync(c.Id, new ContactAnswerRequest(Agent, now), Actor.System)).Succeeded);
            Assert.True((await contacts.CloseAsync(c.Id, new ContactCloseRequest(now, false, 1), Actor.System)).Succeeded);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(61)); // past every drill complaint's 1-hour verification (CMP-04)
        var complaintIds = await db.Complaints.AsNoTracking()
            .Where(c => c.ExternalId.StartsWith(DrillRun.RecordPrefixOf(run.Id))).Select(c => c.Id).ToListAsync();
        foreach (var id in complaintIds)
        {
            await clocks.RecordDueBreachesAsync(id);
        }
    }

    /// <summary>The test could fail: the drill made records of this agent that real KPIs and counters would count.</summary>
    private async Task AssertTheDrillWouldHaveCountedAsync(DrillRunView run)
    {
        await using var db = factory.Db();
        var drillContacts = await db.Contacts.AsNoTracking().Where(c => c.ExternalId.StartsWith(DrillRun.RecordPrefixOf(run.Id))).ToListAsync();
        Assert.Contains(drillContacts, c => c.WithinTarget == false && c.Resolved == false && c.Satisfaction == 1);
        Assert.Contains(drillContacts, c => c.Status == ContactStatus.Waiting && c.RespondBy < factory.Clock.GetUtcNow());
        var drillComplaints = await db.Complaints.AsNoTracking().Where(c => c.ExternalId.StartsWith(DrillRun.RecordPrefixOf(run.Id))).ToListAsync();
        Assert.All(drillComplaints, c =>
        {
            Assert.Equal(Agent, c.Assignee);
            Assert.Contains(c.Breaches, b => b.Clock == BreachClocks.Verify);
        });

        var kpi = factory.Services.GetRequiredService<KpiCalculator>();
        var all = await db.Contacts.AsNoTracking().Where(c => c.AgentCode == Agent && c.AnsweredAt != null).ToListAsync();
        var withDrills = kpi.Compute(all.Select(Outcome), []);
        var realOnly = kpi.Compute(all.Where(c => !c.IsDrill).Select(Outcome), []);
        Assert.NotEqual(realOnly.ResponseCompliance, withDrills.ResponseCompliance);
        Assert.NotEqual(realOnly.Satisfaction, withDrills.Satisfaction);
    }

    private static ContactOutcome Outcome(ServiceConsole.Domain.Contacts.Contact c) =>
        new(c.Channel, c.ArrivedAt, c.AnsweredAt, c.Status == ContactStatus.Closed ? c.Resolved : null, c.Satisfaction);

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_a_drill_touches_no_real_customer()
    {
        int realContacts, realComplaints, customers;
        await using (var db = factory.Db())
        {
            (realContacts, realComplaints, customers) = (
                await db.Contacts.CountAsync(c => !c.IsDrill), await db.Complaints.CountAsync(c => !c.IsDrill), await db.Customers.CountAsync());
        }

        var schedule = await factory.ScheduleAsync(EmergencyMode.MassComplaint);
        var run = (await factory.Drills.RunNowAsync(schedule.Id, DrillTestFactory.Trainer)).Value!;
        await factory.Drills.EndNowAsync(run.Id, DrillTestFactory.Trainer);

        await using var after = factory.Db();
        var prefix = DrillRun.RecordPrefixOf(run.Id);
        var contacts = await after.Contacts.AsNoTracking().Where(c => c.ExternalId.StartsWith(prefix)).ToListAsync();
        var complaints = await after.Complaints.AsNoTracking().Where(c => c.ExternalId.StartsWith(prefix)).ToListAsync();
        Assert.NotEmpty(contacts);
        Assert.NotEmpty(complaints);
        Assert.All(contacts, c => Assert.True(c.IsDrill && DrillCustomerGenerator.IsDrillPhone(c.CustomerPhone)
            && DrillCustomerGenerator.IsDrillWaybill(c.WaybillNo) && c.CustomerName.StartsWith(DrillCustomerGenerator.NameMarker, StringComparison.Ordinal)));
        Assert.All(complaints, c => Assert.True(c.IsDrill && DrillCustomerGenerator.IsDrillPhone(c.CustomerPhone)
            && DrillCustomerGenerator.IsDrillWaybill(c.WaybillNo) && c.CustomerName.StartsWith(DrillCustomerGenerator.NameMarker, StringComparison.Ordinal)));
        Assert.Equal(realContacts, await after.Contacts.CountAsync(c => !c.IsDrill));
        Assert.Equal(realComplaints, await after.Complaints.CountAsync(c => !c.IsDrill));
        Assert.Equal(customers, await after.Customers.CountAsync()); // no customer record made or touched
        Assert.DoesNotContain(await after.Customers.AsNoTracking().Select(c => c.Phone).ToListAsync(), DrillCustomerGenerator.IsDrillPhone);
    }
}
