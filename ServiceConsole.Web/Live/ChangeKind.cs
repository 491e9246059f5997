namespace ServiceConsole.Web.Live;

public enum ChangeKind
{
    Contact,
    Complaint,
    Emergency,
    Task,

    /// <summary>An agent's status changed (an addition to the contract's messages: <c>agentChanged</c>).</summary>
    Agent,

    /// <summary>A deadline is near or has passed (an addition: <c>clockAlert</c>).</summary>
    Alert,

    /// <summary>A mass-complaint incident changed (an addition: <c>incidentChanged</c>).</summary>
    Incident,

    /// <summary>An emergency announcement or a step in an outage or weather emergency (an addition: <c>emergencyNotice</c>).</summary>
    Notice,
}
