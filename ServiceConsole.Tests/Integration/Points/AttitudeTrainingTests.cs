using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Integration.Points;

/// <summary>
/// SVC-11 on the real console: verifications that hold the same agent accountable for attitude complaints three times
/// in a row send them to the 3-day service-norm training, once; another complaint found against them in between breaks the run.
/// </summary>
public sealed class AttitudeTrainingTests(PointsFactory factory) : IClassFixture<PointsFactory>
{
    private readonly HttpClient _api = factory.CreateApiClient();

    private ITrainingAssignments Trainings => factory.Services.GetRequiredService<ITrainingAssignments>();

    private async Task<Agent> AgentAsync(string code)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Agents.AsNoTracking().SingleAsync(a => a.Code == code);
    }

    private async Task<string> FoundAgainstAsync(string agent, string externalId, string category)
    {
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var id = await _api.RegisterComplaintAsync(externalId, category);
        await _api.VerifyAsync(id, "agent", agent);
        return id;
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public async Task SVC_11_the_third_attitude_complaint_in_a_row_sends_the_agent_to_the_service_norm_training()
    {
        await FoundAgainstAsync("A021", "att-run-1", "attitude");
        await FoundAgainstAsync("A021", "att-run-2", "attitude");
        Assert.Empty(await Trainings.ForAgentAsync("A021"));

        var third = await FoundAgainstAsync("A021", "att-run-3", "attitude");

        var assignment = Assert.Single(await Trainings.ForAgentAsync("A021"));
        Assert.Equal(("service-norm", "SVC-11", $"attitude:{third}", 3), (assignment.Kind, assignment.RuleId, assignment.SourceKey, assignment.Days));
        Assert.Equal("integration", assignment.AssignedBy);
        var agent = await AgentAsync("A021");
        Assert.Equal((DutyHold.Training, "SVC-11"), (agent.Hold, agent.HoldRuleId));

        // Verifying the third again (after a reopen it would be) sends nobody twice: the assignment is per complaint.
        await factory.Services.GetRequiredService<ServiceConsole.Web.Features.Points.AttitudeComplaints>()
            .ComplaintVerifiedAsync(Guid.Parse(third), ServiceConsole.Web.Common.Actor.System);
        Assert.Single(await Trainings.ForAgentAsync("A021"));
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public async Task SVC_11_three_attitude_complaints_with_another_complaint_between_send_nobody()
    {
        await FoundAgainstAsync("A022", "att-broken-1", "attitude");
        await FoundAgainstAsync("A022", "att-broken-2", "unclear-answer");
        await FoundAgainstAsync("A022", "att-broken-3", "attitude");
        await FoundAgainstAsync("A022", "att-broken-4", "attitude");

        Assert.Empty(await Trainings.ForAgentAsync("A022"));
        Assert.Equal(DutyHold.None, (await AgentAsync("A022")).Hold);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public async Task SVC_11_attitude_complaints_found_against_nobody_or_another_agent_do_not_count()
    {
        await FoundAgainstAsync("A023", "att-other-1", "attitude");
        await FoundAgainstAsync("A024", "att-other-2", "attitude");
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await _api.VerifyAsync(await _api.RegisterComplaintAsync("att-other-3", "attitude"), "customer", null);
        await FoundAgainstAsync("A023", "att-other-4", "attitude");

        Assert.Empty(await Trainings.ForAgentAsync("A023"));
    }
}
