using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Points;

/// <summary>One complaint found against an agent, as SVC-11 counts it: its category and when it was found against them.</summary>
public sealed record AgentComplaint(Guid ComplaintId, ComplaintCategory Category, DateTimeOffset FoundAt);

/// <summary>
/// SVC-11: which of an agent's complaints complete a run of consecutive attitude complaints
/// (<see cref="PenaltyPolicy.RequiresAttitudeTraining"/>). Interpretation, shown on the points page:
/// <list type="bullet">
/// <item>A complaint is about the agent its verification names accountable with the agent at fault (the CMP-12
/// record in force): only verification establishes who the customer met and whether the complaint holds. The agent who
/// registered the complaint or owns it is its handler, not its subject; a complaint verified with the customer or
/// nobody at fault names no agent and counts for nobody.</item>
/// <item>It counts from that verification, in the order the verifications were recorded; a re-verification that
/// withdraws the finding takes it out again.</item>
/// <item>Any other complaint found against the same agent (a late or wrong answer) between two attitude complaints
/// breaks the run. A run that sent the agent to training is used up: the next run starts after it.</item>
/// </list>
/// </summary>
public static class AttitudeRun
{
    /// <summary>The complaints, in the order they were found against the agent, that each complete a run.</summary>
    public static IReadOnlyList<Guid> Completing(PenaltyPolicy penalties, IEnumerable<AgentComplaint> complaints)
    {
        ArgumentNullException.ThrowIfNull(penalties);
        ArgumentNullException.ThrowIfNull(complaints);
        var since = new List<ComplaintCategory>();
        var completing = new List<Guid>();
        foreach (var complaint in complaints.OrderBy(c => c.FoundAt).ThenBy(c => c.ComplaintId))
        {
            since.Add(complaint.Category);
            if (penalties.RequiresAttitudeTraining(since))
            {
                completing.Add(complaint.ComplaintId);
                since.Clear();
            }
        }

        return completing;
    }
}
