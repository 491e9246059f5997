using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Integration.Training;

/// <summary>
/// TRN-05, TRN-06 and SVC-11 on the real console: a required training holds the agent off duty in the same write, a
/// pass releases the hold, a fail suspends the agent and a persistent Quartz job ends the suspension, never a newer hold.
/// </summary>
public sealed class TrainingAssignmentsTests(TrainingAssignmentsTests.Factory factory) : IClassFixture<TrainingAssignmentsTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
    }

    private static readonly Actor Trainer = new("trainer", null, false);

    private TrainingAssignments Assignments => factory.Services.GetRequiredService<TrainingAssignments>();

    private static TrainingAssignmentRequest Remedial(string agent, string month = "2026-11") =>
        new(agent, TrainingAssignmentKind.Remedial, "TRN-05", $"assessment:{month}", $"{month} 考核不合格", "system");

    private static TrainingAssignmentRequest ServiceNorm(string agent, Guid complaint) =>
        new(agent, TrainingAssignmentKind.ServiceNorm, "SVC-11", $"attitude:{complaint}", "连续 3 次态度投诉", "system");

    private async Task<Agent> AgentAsync(string code)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Agents.AsNoTracking().SingleAsync(a => a.Code == code);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public async Task TRN_05_a_remedial_training_holds_the_agent_for_3_days_once_however_often_it_is_asked()
    {
        await factory.SeedAgentAsync("A701", "online");

        var first = await Assignments.AssignAsync(Remedial("A701"));
        var repeat = await Assignments.AssignAsync(Remedial("A701"));

        Assert.Equal(OperationStatus.Created, first.Status);
        Assert.Equal(OperationStatus.Ok, repeat.Status);
        Assert.Equal(first.Value!.Id, repeat.Value!.Id);
        Assert.Equal(("remedial", "assigned", 3), (first.Value.Kind, first.Value.Status, first.Value.Days));
        Assert.Single(await Assignments.ForAgentAsync("A701"));
        var agent = await AgentAsync("A701");
        Assert.Equal((DutyHold.Training, "TRN-05", AgentStatus.InTraining), (agent.Hold, agent.HoldRuleId, agent.Status));
        Assert.False(agent.CanTakeWork);
        var refused = await factory.Services.GetRequiredService<ISupervisorActions>().ChangeStatusAsync("A701", AgentStatus.Available, Trainer);
        Assert.Equal(OperationStatus.Conflict, refused.Status);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public async Task TRN_05_a_pass_releases_the_hold_and_the_agent_is_away_until_put_on_duty()
    {
        await factory.SeedAgentAsync("A702", "online");
        var assigned = (await Assignments.AssignAsync(Remedial("A702"))).Value!;

        var passed = await Assignments.RecordResultAsync(assigned.Id, passed: true, 75, "复核 75 分", Trainer);

        Assert.Equal(OperationStatus.Ok, passed.Status);
        Assert.Equal(("passed", 75.0, "trainer"), (passed.Value!.Status, passed.Value.Score!.Value, passed.Value.DecidedBy));
        var agent = await AgentAsync("A702");
        Assert.Equal((DutyHold.None, AgentStatus.Away), (agent.Hold, agent.Status));
        var onDuty = await factory.Services.GetRequiredService<ISupervisorActions>().ChangeStatusAsync("A702", AgentStatus.Available, Trainer);
        Assert.Equal(OperationStatus.Ok, onDuty.Status);
        var again = await Assignments.RecordResultAsync(assigned.Id, passed: false, 40, null, Trainer);
        Assert.Equal(OperationStatus.Conflict, again.Status);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public async Task SVC_11_passing_one_of_two_open_trainings_keeps_the_agent_in_training_for_the_other()
    {
        await factory.SeedAgentAsync("A703", "online");
        var remedial = (await Assignments.AssignAsync(Remedial("A703"))).Value!;
        var norm = (await Assignments.AssignAsync(ServiceNorm("A703", Guid.NewGuid()))).Value!;
        Assert.Equal(("service-norm", 3), (norm.Kind, norm.Days));

        await Assignments.RecordResultAsync(norm.Id, passed: true, null, null, Trainer);

        var agent = await AgentAsync("A703");
        Assert.Equal((DutyHold.Training, "TRN-05"), (agent.Hold, agent.HoldRuleId));
        Assert.Contains(await Assignments.OpenAsync(), a => a.Id == remedial.Id);
        Assert.DoesNotContain(await Assignments.OpenAsync(), a => a.Id == norm.Id);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public async Task TRN_06_failing_the_remedial_training_suspends_for_7_days_and_the_job_ends_it_then()
    {
        await factory.SeedAgentAsync("A704", "online");
        var assigned = (await Assignments.AssignAsync(Remedial("A704"))).Value!;

        var failed = (await Assignments.RecordResultAsync(assigned.Id, passed: false, 52, "复核仍不合格", Trainer)).Value!;

        var until = factory.Clock.GetUtcNow().AddDays(7);
        Assert.Equal(("failed", until), (failed.Status, failed.SuspendedUntil!.Value));
        var agent = await AgentAsync("A704");
        Assert.Equal((DutyHold.Suspension, "TRN-06", until, AgentStatus.Suspended), (agent.Hold, agent.HoldRuleId, agent.HoldUntil!.Value, agent.Status));
        var scheduler = factory.Services.GetRequiredService<TrainingSuspensionScheduler>();
        Assert.Equal(until, await scheduler.ScheduledEndAsync(assigned.Id, CancellationToken.None));

        // Before the end the job changes nothing.
        Assert.False(await Assignments.EndSuspensionAsync(assigned.Id));
        factory.Clock.Advance(TimeSpan.FromDays(7));
        await (await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(TrainingSuspensionScheduler.Key(assigned.Id));

        await Eventually.True(async () => (await AgentAsync("A704")).Hold == DutyHold.None, because: "the suspension job to release the agent");
        Assert.Equal(AgentStatus.Away, (await AgentAsync("A704")).Status);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public async Task SVC_11_failing_the_service_norm_training_suspends_and_a_late_job_leaves_a_newer_suspension()
    {
        await factory.SeedAgentAsync("A705", "online");
        var assigned = (await Assignments.AssignAsync(ServiceNorm("A705", Guid.NewGuid()))).Value!;
        var failed = (await Assignments.RecordResultAsync(assigned.Id, passed: false, null, null, Trainer)).Value!;
        var agent = await AgentAsync("A705");
        Assert.Equal((DutyHold.Suspension, "SVC-11", failed.SuspendedUntil), (agent.Hold, agent.HoldRuleId, agent.HoldUntil));

        // A newer suspension (a failed re-assessment, say) runs past this one's end.
        var later = failed.SuspendedUntil!.Value.AddDays(10);
        await factory.Services.GetRequiredService<ISupervisorActions>().PlaceHoldAsync("A705", DutyHold.Suspension, "TRN-06", later);
        factory.Clock.Advance(TimeSpan.FromDays(8));

        Assert.False(await Assignments.EndSuspensionAsync(assigned.Id));
        agent = await AgentAsync("A705");
        Assert.Equal((DutyHold.Suspension, "TRN-06", later), (agent.Hold, agent.HoldRuleId, agent.HoldUntil!.Value));
    }

    [Fact]
    public async Task Unknown_agents_and_trainings_answer_not_found_and_bad_input_is_refused_per_field()
    {
        Assert.Equal(OperationStatus.NotFound, (await Assignments.AssignAsync(Remedial("A799"))).Status);
        Assert.Equal(OperationStatus.NotFound, (await Assignments.RecordResultAsync(Guid.NewGuid(), true, null, null, Trainer)).Status);
        var invalid = await Assignments.AssignAsync(new TrainingAssignmentRequest("", (TrainingAssignmentKind)7, "", "", "", "system"));
        Assert.Equal(OperationStatus.Invalid, invalid.Status);
        Assert.Equal(["agentCode", "kind", "reason", "ruleId", "sourceKey"], invalid.Errors!.Keys.Order(StringComparer.Ordinal));
        var score = await Assignments.RecordResultAsync(Guid.NewGuid(), true, 101, null, Trainer);
        Assert.Equal(OperationStatus.Invalid, score.Status);
        var agentOnly = await Assignments.RecordResultAsync(Guid.NewGuid(), true, null, null, new Actor("agent", "A101", true));
        Assert.Equal(OperationStatus.Forbidden, agentOnly.Status);
    }
}
