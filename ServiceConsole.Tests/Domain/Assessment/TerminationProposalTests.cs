using ServiceConsole.Domain.Assessment;

namespace ServiceConsole.Tests.Domain.Assessment;

/// <summary>TRN-06: a termination proposal stands, is withdrawn when the month no longer fails, and can stand again.</summary>
public sealed class TerminationProposalTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "TRN-06")]
    public void TRN_06_a_proposal_is_withdrawn_once_and_proposed_again_from_the_new_time()
    {
        var proposal = new TerminationProposal(Guid.NewGuid(), new AssessmentMonth(2026, 11), "A001", 2, 41.5, At, "system");
        Assert.True(proposal.Open);

        Assert.True(proposal.Withdraw(At.AddHours(1)));
        Assert.False(proposal.Withdraw(At.AddHours(2)));
        Assert.False(proposal.Open);

        proposal.Propose(2, 40, At.AddHours(3), "hr");
        Assert.True(proposal.Open);
        Assert.Equal((At.AddHours(3), "hr", 40.0), (proposal.ProposedAt, proposal.ProposedBy, proposal.Score));

        proposal.Propose(2, 39, At.AddHours(4), "system");
        Assert.Equal((At.AddHours(3), 39.0), (proposal.ProposedAt, proposal.Score));
    }
}
