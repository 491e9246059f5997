namespace ServiceConsole.Domain.Complaints;

/// <summary>Who caused the complaint; drives penalties (CMP-11, CMP-12).</summary>
public enum FaultParty
{
    None,
    Courier,
    Agent,
    Customer
}
