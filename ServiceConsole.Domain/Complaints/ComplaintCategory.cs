namespace ServiceConsole.Domain.Complaints;

/// <summary>What the customer complains about (CMP-01…03).</summary>
public enum ComplaintCategory
{
    Delay,
    Damage,
    Loss,
    Attitude,
    UnclearAnswer,
    Other
}
