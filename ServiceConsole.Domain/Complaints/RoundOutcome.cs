namespace ServiceConsole.Domain.Complaints;

/// <summary>Outcome of one negotiation round (CMP-08).</summary>
public enum RoundOutcome
{
    Open,
    Accepted,
    Declined
}
