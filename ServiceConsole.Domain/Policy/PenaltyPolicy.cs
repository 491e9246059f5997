using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// Penalties: norm violations (SVC-10), attitude training (SVC-11), courier at fault (CMP-11),
/// agent at fault (CMP-12).
/// </summary>
public sealed class PenaltyPolicy(PolicyOptions options)
{
    public const string CourierRuleId = "CMP-11";
    public const string AgentRuleId = "CMP-12";

    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>SVC-10: points an agent loses per complaint caused by not following the service norms.</summary>
    public int NormViolationPoints => _options.Service.NormViolationPenaltyPoints;

    /// <summary>SVC-11: length of the service-norm training.</summary>
    public int AttitudeTrainingDays => _options.Service.AttitudeTrainingDays;

    public PenaltyDecision ForFault(FaultParty party, Severity severity)
    {
        var c = _options.Complaints;
        return party switch
        {
            FaultParty.Courier => new(party, c.CourierFaultPoints, FineFor(severity), CourierRuleId),
            FaultParty.Agent => new(party, c.AgentFaultPoints, 0m, AgentRuleId),
            FaultParty.Customer or FaultParty.None => new(party, 0, 0m, null),
            _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Unknown fault party."),
        };
    }

    /// <summary>
    /// SVC-11: true when the agent's most recent complaints, <c>AttitudeComplaintsForTraining</c>
    /// of them, are all about attitude. Any other complaint in between breaks the run, which is
    /// what "consecutive" means here.
    /// </summary>
    public bool RequiresAttitudeTraining(IReadOnlyList<ComplaintCategory> agentComplaintsOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(agentComplaintsOldestFirst);
        var run = _options.Service.AttitudeComplaintsForTraining;
        if (agentComplaintsOldestFirst.Count < run)
        {
            return false;
        }

        for (var i = agentComplaintsOldestFirst.Count - run; i < agentComplaintsOldestFirst.Count; i++)
        {
            if (agentComplaintsOldestFirst[i] != ComplaintCategory.Attitude)
            {
                return false;
            }
        }

        return true;
    }

    private decimal FineFor(Severity severity) => severity switch
    {
        Severity.General => _options.Complaints.CourierFineGeneralYuan,
        Severity.Major => _options.Complaints.CourierFineMajorYuan,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
