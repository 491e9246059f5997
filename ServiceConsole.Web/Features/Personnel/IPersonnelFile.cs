namespace ServiceConsole.Web.Features.Personnel;

/// <summary>
/// The personnel file as other capabilities read it (the promotion review, PRM-02): the employment record and the
/// rewards and penalties of an agent, unscoped: the caller has already decided who may see it.
/// </summary>
public interface IPersonnelFile
{
    /// <summary>The agent's file; null when no agent has <paramref name="agentCode"/>.</summary>
    Task<PersonnelFileResource?> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default);
}

/// <summary>
/// GEN-07 → TRN-04: what the approved penalties dated in a month take off that month's rule compliance (the monthly
/// assessment adds it to the points lost from the points ledger). Rewards are listed in the file and take nothing.
/// </summary>
public interface IDisciplineDeductions
{
    /// <summary>The sum of the configured deductions of <paramref name="agentCode"/>'s approved penalties dated in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<int> DeductionAsync(string agentCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
