using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Features.Home;

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
