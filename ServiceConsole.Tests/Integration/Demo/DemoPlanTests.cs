using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Tests.Domain;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Demo;

namespace ServiceConsole.Tests.Integration.Demo;

/// <summary>What the demo plans for one contact or complaint, without running it (<see cref="DemoDayTests"/> runs it).</summary>
public sealed class DemoPlanTests
{
    private static readonly DemoOptions Defaults = new();
    private static readonly FirstResponsePolicy Limits = new(new PolicyOptions());

    [Theory]
    [Trait("Rule", "SVC-01")]
    [Trait("Rule", "SVC-02")]
    [InlineData(Channel.Online)]
    [InlineData(Channel.Phone)]
    public void An_on_time_answer_stays_a_tick_inside_the_limit_and_few_are_planned_late(Channel channel)
    {
        var limit = Limits.TargetFor(channel)!.Value;
        var plans = Enumerable.Range(0, 20_000).Select(_ => DemoContactPlan.For(Guid.NewGuid(), channel, limit, Defaults)).ToList();

        var late = plans.Count(p => p.AnswerAfter > limit);
        Assert.All(
            plans.Where(p => p.AnswerAfter <= limit),
            p => Assert.InRange(p.AnswerAfter.TotalSeconds, Defaults.Contacts.EarliestAnswerSeconds, limit.TotalSeconds - Defaults.Contacts.AnswerMarginSeconds));
        Assert.InRange(late, 20_000 * Defaults.Contacts.LateAnswerShare / 2, 20_000 * Defaults.Contacts.LateAnswerShare * 2);
    }

    [Fact]
    public void The_same_id_always_gets_the_same_plan()
    {
        var id = Guid.NewGuid();

        Assert.Equal(DemoContactPlan.For(id, Channel.Phone, TimeSpan.FromSeconds(15), Defaults), DemoContactPlan.For(id, Channel.Phone, TimeSpan.FromSeconds(15), Defaults));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    [Trait("Rule", "CMP-08")]
    [Trait("Rule", "CMP-09")]
    public void A_major_complaint_is_planned_through_its_evidence_verification_and_negotiation_to_a_close()
    {
        var clock = DomainFixtures.Clock();
        var deadlines = new ComplaintDeadlines(new PolicyOptions());
        var complaint = DomainFixtures.Register(clock, Severity.Major);
        var steps = new List<DemoComplaintAction>();

        while (DemoComplaintPlan.Next(complaint, Defaults.Complaints) is { } step)
        {
            Assert.True(step.Due >= clock.GetUtcNow(), "a step is planned after the one before it");
            Assert.True(steps.Count < 20, $"no close after {string.Join(", ", steps)}");
            clock.SetUtcNow(step.Due);
            var at = clock.GetUtcNow();
            steps.Add(step.Action);
            switch (step.Action)
            {
                case DemoComplaintAction.RecordEvidence: complaint.RecordEvidence(step.Evidence!.Value, "记录", "specialist", at); break;
                case DemoComplaintAction.Verify: complaint.Verify("核实", FaultParty.Courier, "specialist", at); break;
                case DemoComplaintAction.Propose: complaint.Propose(CompensationKind.Coupon, 10, null, "specialist", at); break;
                case DemoComplaintAction.Accept: complaint.Accept(deadlines, "specialist", at); break;
                case DemoComplaintAction.Decline: complaint.Decline(null, "specialist", at); break;
                case DemoComplaintAction.Callback: complaint.RecordCallback(step.Satisfied, 5, null, deadlines, "specialist", at); break;
            }
        }

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(Enumerable.Repeat(DemoComplaintAction.RecordEvidence, 4).Append(DemoComplaintAction.Verify), steps.Take(5));
        Assert.Contains(DemoComplaintAction.Accept, steps);
        Assert.True(complaint.Rounds.Count <= Defaults.Complaints.MaxRounds * (1 + Defaults.Complaints.MaxReopens));
    }
}
