namespace ServiceConsole.Web.Features.Complaints;

public enum TimelineEntryKind
{
    /// <summary>A recorded step of the complaint (status change, assignment, proposal, answer).</summary>
    History,

    /// <summary>A clock that ran out (CMP-02…04, 09, 10).</summary>
    Breach,
}
