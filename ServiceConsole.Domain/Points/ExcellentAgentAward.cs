namespace ServiceConsole.Domain.Points;

/// <summary>
/// SVC-12: the month's excellent agent as a supervisor confirmed them once the month was over: the agent, the bonus
/// (fixed at confirmation from <c>ExcellentAgentBonusYuan</c>), who confirmed it and when, the proposal it followed or
/// departed from (then with the supervisor's reason), and the chosen agent's figures at that moment, so the choice can
/// be traced to the ratings behind it. One per month: it is published to every agent and the bonus is paid, so it is
/// not changed afterwards.
/// </summary>
public sealed class ExcellentAgentAward
{
    public const int MaxReasonLength = 500;

    // For EF Core materialisation only.
    private ExcellentAgentAward()
    {
    }

    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Month { get; private set; } = "";

    public string AgentCode { get; private set; } = "";

    /// <summary>Who the data proposed; null when nobody had enough ratings.</summary>
    public string? ProposedAgentCode { get; private set; }

    /// <summary>Why the supervisor chose someone other than the proposal; null when they followed it.</summary>
    public string? Reason { get; private set; }

    public decimal BonusYuan { get; private set; }

    /// <summary>The chosen agent's ratings in the month when confirmed.</summary>
    public int Ratings { get; private set; }

    public double? MeanRating { get; private set; }

    public int FiveStars { get; private set; }

    public string ConfirmedBy { get; private set; } = "";

    public DateTimeOffset ConfirmedAt { get; private set; }

    public bool FollowsProposal => string.Equals(AgentCode, ProposedAgentCode, StringComparison.Ordinal);

    /// <summary>
    /// Confirms <paramref name="agentCode"/> for <paramref name="month"/>. Refused (409) before the month is over
    /// (<paramref name="monthEndsAt"/>): the month's ratings are not all in. Choosing anyone but the proposal needs a reason.
    /// </summary>
    public static ExcellentAgentAward Confirm(
        CentreMonth month,
        DateTimeOffset monthEndsAt,
        string agentCode,
        RatingTally? chosenFigures,
        ExcellentAgentCandidate? proposal,
        string? reason,
        decimal bonusYuan,
        string actor,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfNegative(bonusYuan);
        if (string.IsNullOrWhiteSpace(agentCode))
        {
            throw new ArgumentException("The excellent agent must be named.", nameof(agentCode));
        }

        if (at < monthEndsAt)
        {
            throw new InvalidTransitionException(
                "confirm", "month-open", $"{month} is not over yet: the excellent agent is confirmed once the month's ratings are all in.");
        }

        var code = agentCode.Trim();
        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (text is { Length: > MaxReasonLength })
        {
            throw new ArgumentException($"The reason is at most {MaxReasonLength} characters.", nameof(reason));
        }

        var follows = proposal is not null && string.Equals(proposal.AgentCode, code, StringComparison.Ordinal);
        if (!follows && text is null)
        {
            throw new ArgumentException(
                proposal is null
                    ? "Nobody had enough ratings to be proposed: say why this agent is the month's excellent agent."
                    : "Choosing someone other than the proposed agent needs a reason.",
                nameof(reason));
        }

        if (chosenFigures is not null && !string.Equals(chosenFigures.AgentCode, code, StringComparison.Ordinal))
        {
            throw new ArgumentException("The figures belong to another agent.", nameof(chosenFigures));
        }

        return new ExcellentAgentAward
        {
            Month = month.ToString(),
            AgentCode = code,
            ProposedAgentCode = proposal?.AgentCode,
            Reason = text,
            BonusYuan = bonusYuan,
            Ratings = chosenFigures?.Ratings ?? 0,
            MeanRating = chosenFigures?.Mean,
            FiveStars = chosenFigures?.FiveStars ?? 0,
            ConfirmedBy = actor,
            ConfirmedAt = at,
        };
    }

    /// <summary>A repeat naming the same agent answers this award; naming another is refused (409).</summary>
    public void EnsureSameAgent(string? agentCode)
    {
        if (!string.Equals(AgentCode, agentCode?.Trim(), StringComparison.Ordinal))
        {
            throw new InvalidTransitionException(
                "confirm", "confirmed", $"{Month}'s excellent agent is already confirmed ({AgentCode}); the choice is published and the bonus paid.");
        }
    }
}
