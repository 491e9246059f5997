using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Demo;

/// <summary>
/// The next step of a complaint in the demo, read from the complaint as it stands, the way its owner's desk offers it
/// (<see cref="Features.Complaints.ComplaintActionMenu"/>): a major complaint's evidence (CMP-04), the verification,
/// a proposal, the customer's answer (CMP-08), the follow-up call (CMP-09/10). Each step is due a drawn span after
/// the complaint's last change; the draws come from its id and how far it has come, so the plan keeps no state.
/// </summary>
public static class DemoComplaintPlan
{
    private const int LateSalt = 1_000;

    /// <returns>Null when the complaint waits for nobody (closed).</returns>
    public static DemoComplaintStep? Next(Complaint complaint, DemoComplaintOptions options)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(options);
        if (!complaint.IsOpen || complaint.History.Count == 0)
        {
            return null;
        }

        var since = complaint.History.Max(h => h.At);
        var step = complaint.History.Count;
        double Unit(int salt) => DemoDraw.Unit(complaint.Id, step * 16 + salt);
        DateTimeOffset After(DemoRange minutes) => since + TimeSpan.FromMinutes(minutes.At(Unit(0)));

        if (complaint.OpenRound is { } round)
        {
            var accept = round.Number >= options.MaxRounds || Unit(1) < options.AcceptShare;
            return new DemoComplaintStep(accept ? DemoComplaintAction.Accept : DemoComplaintAction.Decline, After(options.AnswerMinutes), Draw: Unit(2));
        }

        switch (complaint.Status)
        {
            case ComplaintStatus.Registered or ComplaintStatus.Verifying:
                if (complaint.Severity == Severity.Major
                    && Enum.GetValues<EvidenceKind>().Where(k => complaint.Evidence.All(e => e.Kind != k)).Select(k => (EvidenceKind?)k).FirstOrDefault() is { } missing)
                {
                    return new DemoComplaintStep(DemoComplaintAction.RecordEvidence, After(options.EvidenceMinutes), missing, Draw: Unit(2));
                }

                var due = After(options.VerifyMinutes);
                if (DemoDraw.Unit(complaint.Id, LateSalt) < options.LateVerifyShare)
                {
                    var late = complaint.VerifyBy + TimeSpan.FromMinutes(options.LateByMinutes.At(DemoDraw.Unit(complaint.Id, LateSalt + 1)));
                    due = due > late ? due : late;
                }

                return new DemoComplaintStep(DemoComplaintAction.Verify, due, Draw: Unit(2));

            case ComplaintStatus.Verified or ComplaintStatus.Reopened:
                // Reopened: coordinated again with a new proposal (CMP-10); its acceptance is followed by a new call.
                return new DemoComplaintStep(DemoComplaintAction.Propose, After(options.ProposeMinutes), Draw: Unit(2));

            case ComplaintStatus.Resolved:
                var satisfied = complaint.ReopenCount >= options.MaxReopens || Unit(1) < options.SatisfiedShare;
                return new DemoComplaintStep(DemoComplaintAction.Callback, After(options.CallbackMinutes), Satisfied: satisfied, Draw: Unit(2));

            default:
                return null;
        }
    }
}
