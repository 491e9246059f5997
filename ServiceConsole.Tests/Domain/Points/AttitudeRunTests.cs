using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Points;

/// <summary>SVC-11: which complaint found against an agent completes a run of consecutive attitude complaints.</summary>
public sealed class AttitudeRunTests
{
    private readonly PenaltyPolicy _penalties = new(new PolicyOptions());

    private static List<AgentComplaint> Found(params ComplaintCategory[] categories) =>
        [.. categories.Select((category, i) => new AgentComplaint(Guid.NewGuid(), category, DomainFixtures.Start.AddHours(i)))];

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_the_third_attitude_complaint_in_a_row_completes_the_run()
    {
        var complaints = Found(ComplaintCategory.Attitude, ComplaintCategory.Attitude, ComplaintCategory.Attitude);

        Assert.Empty(AttitudeRun.Completing(_penalties, complaints.Take(2)));
        Assert.Equal([complaints[2].ComplaintId], AttitudeRun.Completing(_penalties, complaints));
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_three_attitude_complaints_with_another_complaint_between_complete_nothing()
    {
        var complaints = Found(ComplaintCategory.Attitude, ComplaintCategory.Attitude, ComplaintCategory.UnclearAnswer, ComplaintCategory.Attitude);

        Assert.Empty(AttitudeRun.Completing(_penalties, complaints));
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_a_run_that_sent_the_agent_to_training_is_used_up_the_next_needs_three_more()
    {
        var complaints = Found(Enumerable.Repeat(ComplaintCategory.Attitude, 6).ToArray());

        Assert.Equal([complaints[2].ComplaintId], AttitudeRun.Completing(_penalties, complaints.Take(5)));
        Assert.Equal([complaints[2].ComplaintId, complaints[5].ComplaintId], AttitudeRun.Completing(_penalties, complaints));
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_complaints_count_in_the_order_they_were_found_against_the_agent_and_the_run_length_is_configured()
    {
        var options = new PolicyOptions();
        options.Service.AttitudeComplaintsForTraining = 2;
        var complaints = Found(ComplaintCategory.Attitude, ComplaintCategory.Delay, ComplaintCategory.Attitude);
        // Found in another order than listed: the delay complaint was found first, so the two attitude complaints are in a row.
        complaints[1] = complaints[1] with { FoundAt = DomainFixtures.Start.AddHours(-1) };

        Assert.Equal([complaints[2].ComplaintId], AttitudeRun.Completing(new PenaltyPolicy(options), complaints));
        Assert.Empty(AttitudeRun.Completing(_penalties, complaints));
    }
}
