using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-04: "applying one solution to all linked complaints is one action". Proposes the
/// incident's <see cref="MassSolution"/> on every given complaint through the complaint's own
/// lifecycle (CMP-08: each customer still accepts or declines), verifying it first with the
/// common findings when it was not verified yet. Safe to repeat: complaints already done are
/// skipped, so a second click, or a run after more complaints were linked, only adds the new ones.
/// </summary>
public static class MassSolutionApplier
{
    public static MassSolutionResult Apply(MassIncident incident, IEnumerable<Complaint> complaints, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var solution = incident.Solution
            ?? throw new InvalidTransitionException("apply-solution", "undecided", "No solution has been decided yet.");

        var applied = new List<Guid>();
        var skipped = new List<MassSolutionSkip>();
        foreach (var complaint in complaints)
        {
            if (Check(incident, solution, complaint) is { } reason)
            {
                skipped.Add(new MassSolutionSkip(complaint.Id, reason));
                continue;
            }

            if (complaint.Status is ComplaintStatus.Registered or ComplaintStatus.Verifying)
            {
                complaint.Verify(solution.Findings!, solution.FaultParty!.Value, actor, at);
            }

            complaint.Propose(solution.Kind, solution.Amount, solution.Note, actor, at);
            incident.MarkSolutionApplied(complaint.Id, actor, at);
            applied.Add(complaint.Id);
        }

        return new MassSolutionResult(applied, skipped);
    }

    private static MassSolutionSkipReason? Check(MassIncident incident, MassSolution solution, Complaint complaint)
    {
        var link = incident.Links.FirstOrDefault(l => l.ComplaintId == complaint.Id);
        if (link is null || complaint.IncidentId != incident.Id)
        {
            return MassSolutionSkipReason.NotLinked;
        }

        if (link.SolutionAppliedAt is not null)
        {
            return MassSolutionSkipReason.AlreadyApplied;
        }

        if (complaint.Status is ComplaintStatus.Resolved or ComplaintStatus.Closed)
        {
            return MassSolutionSkipReason.AlreadyResolved;
        }

        if (complaint.OpenRound is not null)
        {
            return MassSolutionSkipReason.ProposalOpen;
        }

        if ((complaint.Status is ComplaintStatus.Registered or ComplaintStatus.Verifying) && solution.Findings is null)
        {
            return MassSolutionSkipReason.NotVerified;
        }

        return null;
    }
}
