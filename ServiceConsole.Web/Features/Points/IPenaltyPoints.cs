namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// The performance points an agent lost in a period (CMP-12 agent at fault, SVC-10 norm violations): the violation
/// record behind the rule-compliance part of the monthly assessment (TRN-04). Drills never count.
/// </summary>
public interface IPenaltyPoints
{
    /// <summary>Points lost by the agent with <paramref name="agentCode"/> for records dated in [from, to).</summary>
    Task<int> LostAsync(string agentCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
