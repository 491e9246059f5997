using ServiceConsole.Domain;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Points;

/// <summary>SVC-12: the month's excellent agent (best rated, most praised) proposed from the ratings and confirmed by a supervisor.</summary>
public sealed class ExcellentAgentTests
{
    private static readonly CentreMonth November = new(2026, 11);
    private static readonly DateTimeOffset NovemberEnds = new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);
    private static readonly int MinRatings = new PolicyOptions().Service.ExcellentAgentMinRatings;

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_the_best_mean_rating_among_agents_with_enough_ratings_is_proposed()
    {
        var ranking = ExcellentAgentRanking.Rank(
            [new("A001", 20, 90, 12), new("A002", 10, 48, 8), new("A003", 9, 45, 9), new("A004", 0, 0, 0)], MinRatings);

        Assert.Equal(10, MinRatings);
        Assert.Equal(["A002", "A001", "A003"], ranking.Select(c => c.AgentCode));
        Assert.Equal([1, 2, (int?)null], ranking.Select(c => c.Rank));
        Assert.False(ranking[2].Eligible); // 9 ratings, all five stars: too few
        Assert.Equal("A002", ExcellentAgentRanking.Proposal(ranking)!.AgentCode);
        Assert.Equal(4.8, ranking[0].Mean, 6);
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_an_equal_mean_goes_to_the_most_praised_then_the_most_rated()
    {
        // 4.80 each: A002 has more five-star ratings; A003 and A004 tie on those too, and A004 has more ratings.
        var ranking = ExcellentAgentRanking.Rank(
            [new("A001", 10, 48, 8), new("A002", 10, 48, 9), new("A003", 10, 48, 8), new("A004", 20, 96, 8)], MinRatings);

        Assert.Equal(["A002", "A004", "A001", "A003"], ranking.Select(c => c.AgentCode));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_means_are_compared_at_the_two_decimals_shown_and_nobody_is_proposed_without_enough_ratings()
    {
        // 4.834 and 4.8333 both read 4.83: the one with more five-star ratings is first, though its exact mean is lower.
        var ranking = ExcellentAgentRanking.Rank([new("A001", 1000, 4834, 834), new("A002", 1200, 5800, 1000)], MinRatings);
        Assert.Equal("A002", ranking[0].AgentCode);

        Assert.Null(ExcellentAgentRanking.Proposal(ExcellentAgentRanking.Rank([new("A001", 3, 15, 3)], MinRatings)));
        Assert.Throws<ArgumentException>(() => ExcellentAgentRanking.Rank([new("A001", 2, 11, 2)], MinRatings));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_a_supervisor_confirms_the_proposal_after_the_month_with_the_bonus_and_its_figures()
    {
        var figures = new RatingTally("A002", 10, 48, 8);
        var proposal = ExcellentAgentRanking.Proposal(ExcellentAgentRanking.Rank([figures], MinRatings));

        var award = ExcellentAgentAward.Confirm(November, NovemberEnds, "A002", figures, proposal, null, 200m, "supervisor", NovemberEnds);

        Assert.Equal(("2026-11", "A002", "A002", 200m, "supervisor"), (award.Month, award.AgentCode, award.ProposedAgentCode, award.BonusYuan, award.ConfirmedBy));
        Assert.Equal((10, 8, 4.8), (award.Ratings, award.FiveStars, award.MeanRating!.Value));
        Assert.True(award.FollowsProposal);
        Assert.Null(award.Reason);
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_another_agent_needs_a_reason_and_nothing_is_confirmed_before_the_month_is_over()
    {
        var proposal = ExcellentAgentRanking.Proposal(ExcellentAgentRanking.Rank([new("A002", 10, 48, 8)], MinRatings));

        Assert.Equal("reason", Assert.Throws<ArgumentException>(() =>
            ExcellentAgentAward.Confirm(November, NovemberEnds, "A005", null, proposal, " ", 200m, "supervisor", NovemberEnds)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() =>
            ExcellentAgentAward.Confirm(November, NovemberEnds, "A005", null, null, null, 200m, "supervisor", NovemberEnds)).ParamName);
        var early = Assert.Throws<InvalidTransitionException>(() =>
            ExcellentAgentAward.Confirm(November, NovemberEnds, "A002", null, proposal, null, 200m, "supervisor", NovemberEnds.AddSeconds(-1)));
        Assert.Equal("month-open", early.CurrentStatus);

        var chosen = ExcellentAgentAward.Confirm(November, NovemberEnds, "A005", null, proposal, "客户书面表扬三次", 200m, "supervisor", NovemberEnds);
        Assert.Equal(("A005", "A002", "客户书面表扬三次", false), (chosen.AgentCode, chosen.ProposedAgentCode, chosen.Reason, chosen.FollowsProposal));
        chosen.EnsureSameAgent("A005");
        Assert.Throws<InvalidTransitionException>(() => chosen.EnsureSameAgent("A002"));
    }
}
