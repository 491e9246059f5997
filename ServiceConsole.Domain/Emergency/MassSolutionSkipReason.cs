namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-04: why the one solution of a mass complaint was not proposed on one linked complaint.
/// The complaint's own lifecycle (CMP-08) wins: a complaint already resolved, or with an answer
/// still owed on an earlier proposal, is left as it is and listed for the coordinator.
/// </summary>
public enum MassSolutionSkipReason
{
    NotLinked,
    AlreadyApplied,
    AlreadyResolved,
    ProposalOpen,
    NotVerified
}
