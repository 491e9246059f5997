namespace ServiceConsole.Domain.Points;

/// <summary>An agent's customer ratings (1–5) in a month: how many, their sum and how many were five stars.</summary>
public sealed record RatingTally(string AgentCode, int Ratings, int Sum, int FiveStars)
{
    /// <summary>The mean rating, null when there is none.</summary>
    public double? Mean => Ratings == 0 ? null : (double)Sum / Ratings;
}

/// <summary>
/// One agent in the month's excellent-agent ranking. <paramref name="Rank"/> is 1 for the proposal; agents with too
/// few ratings are listed unranked (<paramref name="Eligible"/> false).
/// </summary>
public sealed record ExcellentAgentCandidate(string AgentCode, int Ratings, double Mean, int FiveStars, bool Eligible, int? Rank);

/// <summary>
/// SVC-12: the month's "excellent agent (best rated, most praised)", proposed from the month's real ratings. The
/// interpretation, shown on the points page:
/// <list type="bullet">
/// <item>The ratings are the 1–5 satisfaction ratings of the agent's month, the same the SVC-09 KPI averages: contacts
/// the agent served that arrived in the month and complaints the agent owned that were received in it (their
/// callback rating); drills never count.</item>
/// <item>Only agents with at least <c>ExcellentAgentMinRatings</c> ratings take part, so a single five-star rating
/// does not make the month's best agent.</item>
/// <item>Best rated: the highest mean rating, compared at the two decimals the screen shows. Most praised breaks a tie:
/// more five-star ratings first, then more ratings, then the agent code.</item>
/// </list>
/// </summary>
public static class ExcellentAgentRanking
{
    public static IReadOnlyList<ExcellentAgentCandidate> Rank(IEnumerable<RatingTally> tallies, int minRatings)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentOutOfRangeException.ThrowIfLessThan(minRatings, 1);
        var rated = tallies.Where(t => t.Ratings > 0).ToList();
        if (rated.Any(t => t.Sum < t.Ratings || t.Sum > 5 * t.Ratings || t.FiveStars < 0 || t.FiveStars > t.Ratings))
        {
            throw new ArgumentException("A tally's sum and five-star count must fit its number of 1–5 ratings.", nameof(tallies));
        }

        var ordered = rated
            .OrderByDescending(t => t.Ratings >= minRatings)
            .ThenByDescending(t => Math.Round(t.Mean!.Value, 2, MidpointRounding.AwayFromZero))
            .ThenByDescending(t => t.FiveStars)
            .ThenByDescending(t => t.Ratings)
            .ThenBy(t => t.AgentCode, StringComparer.Ordinal)
            .ToList();
        var candidates = new List<ExcellentAgentCandidate>(ordered.Count);
        var rank = 0;
        foreach (var tally in ordered)
        {
            var eligible = tally.Ratings >= minRatings;
            candidates.Add(new ExcellentAgentCandidate(
                tally.AgentCode, tally.Ratings, tally.Mean!.Value, tally.FiveStars, eligible, eligible ? ++rank : null));
        }

        return candidates;
    }

    /// <summary>The proposal: the first ranked candidate, or null when nobody has enough ratings.</summary>
    public static ExcellentAgentCandidate? Proposal(IReadOnlyList<ExcellentAgentCandidate> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return ranking.FirstOrDefault(c => c.Rank == 1);
    }
}
