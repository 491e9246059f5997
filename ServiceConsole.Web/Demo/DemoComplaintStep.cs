using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Web.Demo;

/// <summary>What the complaint's owner does next in the demo, and when.</summary>
public enum DemoComplaintAction
{
    RecordEvidence,
    Verify,
    Propose,
    Accept,
    Decline,
    Callback,
}

/// <param name="Evidence">The kind of evidence to record (<see cref="DemoComplaintAction.RecordEvidence"/>).</param>
/// <param name="Satisfied">The customer's answer on the follow-up call (<see cref="DemoComplaintAction.Callback"/>).</param>
/// <param name="Draw">A number from 0 to 1 of this step's own, for its wording.</param>
public sealed record DemoComplaintStep(DemoComplaintAction Action, DateTimeOffset Due, EvidenceKind? Evidence = null, bool Satisfied = true, double Draw = 0);
