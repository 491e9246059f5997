namespace ServiceConsole.Web.Live;

/// <summary>Hub message and group names fixed by the integration contract.</summary>
public static class LiveMessages
{
    public const string ContactChanged = "contactChanged";
    public const string ComplaintChanged = "complaintChanged";
    public const string EmergencyChanged = "emergencyChanged";
    public const string TaskAssigned = "taskAssigned";
    public const string AgentChanged = "agentChanged";
    public const string ClockAlert = "clockAlert";
    public const string IncidentChanged = "incidentChanged";
    public const string EmergencyNotice = "emergencyNotice";

    public const string SupervisorsGroup = "supervisors";
    public const string CoordinatorsGroup = "coordinators";

    public static string AgentGroup(string agentCode) => $"agent:{agentCode}";

    public static string MessageFor(ChangeKind kind) => kind switch
    {
        ChangeKind.Contact => ContactChanged,
        ChangeKind.Complaint => ComplaintChanged,
        ChangeKind.Emergency => EmergencyChanged,
        ChangeKind.Task => TaskAssigned,
        ChangeKind.Agent => AgentChanged,
        ChangeKind.Alert => ClockAlert,
        ChangeKind.Incident => IncidentChanged,
        ChangeKind.Notice => EmergencyNotice,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
