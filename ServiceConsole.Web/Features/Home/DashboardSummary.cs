using ServiceConsole.Domain;

namespace ServiceConsole.Web.Services;

public sealed record DashboardSummary(
    int AgentsAvailable,
    int AgentsOnContact,
    int AgentsTotal,
    int ContactsWaiting,
    int ContactsToday,
    double? ResponseComplianceToday,
    int OpenComplaints,
    int OpenMajorComplaints,
    IReadOnlyList<EmergencyMode> ActiveModes);
