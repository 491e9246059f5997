namespace ServiceConsole.Domain.Assessment;

/// <summary>
/// TRN-06: a proposal to HR to end an agent's contract after failed months in a row. The console proposes; HR decides
/// outside it. One per agent and month; a re-run of the month that no longer fails withdraws it, and one that fails again
/// opens it again.
/// </summary>
public sealed class TerminationProposal
{
    public const int MaxReasonLength = 500;

    // For EF Core materialisation only.
    private TerminationProposal()
    {
    }

    public TerminationProposal(Guid id, AssessmentMonth month, string agentCode, int failedMonths, double score, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Id = id;
        Month = month.ToString();
        AgentCode = agentCode;
        Propose(failedMonths, score, at, by);
    }

    public Guid Id { get; private set; }

    /// <summary>The month whose failure completed the row, <c>yyyy-MM</c>.</summary>
    public string Month { get; private set; } = "";

    public string AgentCode { get; private set; } = "";

    /// <summary>How many failed months in a row led to it.</summary>
    public int FailedMonths { get; private set; }

    /// <summary>The score of <see cref="Month"/>.</summary>
    public double Score { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public string ProposedBy { get; private set; } = "";

    /// <summary>When a re-run or a corrected attitude score lifted the month out of failure; null while the proposal stands.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool Open => WithdrawnAt is null;

    /// <summary>Proposes (again): a proposal withdrawn earlier stands again from now.</summary>
    public void Propose(int failedMonths, double score, DateTimeOffset at, string by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedMonths, 1);
        if (Open && ProposedAt != default)
        {
            (FailedMonths, Score) = (failedMonths, score);
            return;
        }

        (FailedMonths, Score, ProposedAt, ProposedBy, WithdrawnAt) = (failedMonths, score, at, by, null);
    }

    /// <summary>The month no longer fails; returns false when the proposal was already withdrawn.</summary>
    public bool Withdraw(DateTimeOffset at)
    {
        if (!Open)
        {
            return false;
        }

        WithdrawnAt = at;
        return true;
    }
}
