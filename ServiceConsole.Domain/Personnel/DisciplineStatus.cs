namespace ServiceConsole.Domain.Personnel;

/// <summary>Where a reward or penalty stands: proposed, then approved or rejected by HR (GEN-07).</summary>
public enum DisciplineStatus
{
    Proposed,
    Approved,
    Rejected,
}
