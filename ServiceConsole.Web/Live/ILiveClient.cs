using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Emergency.Mass;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Security;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Web.Live;

/// <summary>
/// The messages of the live hub (<c>../shared/API.md</c>, "Live hub"), one method per message with the wire name
/// and the resource shape of the API. The first four are the contract's; the others are additions.
/// </summary>
public interface ILiveClient
{
    [HubMethodName("contactChanged")]
    Task ContactChanged(ContactResource contact, CancellationToken cancellationToken);

    [HubMethodName("complaintChanged")]
    Task ComplaintChanged(ComplaintResource complaint, CancellationToken cancellationToken);

    [HubMethodName("emergencyChanged")]
    Task EmergencyChanged(EmergencyModeResource mode, CancellationToken cancellationToken);

    [HubMethodName("taskAssigned")]
    Task TaskAssigned(CallbackResource task, CancellationToken cancellationToken);

    [HubMethodName("agentChanged")]
    Task AgentChanged(AgentResource agent, CancellationToken cancellationToken);

    [HubMethodName("clockAlert")]
    Task ClockAlert(ClockAlertResource alert, CancellationToken cancellationToken);

    [HubMethodName("incidentChanged")]
    Task IncidentChanged(MassIncidentResource incident, CancellationToken cancellationToken);

    [HubMethodName("emergencyNotice")]
    Task EmergencyNotice(EmergencyNoticeResource notice, CancellationToken cancellationToken);

    [HubMethodName("securityIncident")]
    Task SecurityIncident(SecurityIncidentResource incident, CancellationToken cancellationToken);

    [HubMethodName("trainingReminder")]
    Task TrainingReminder(TrainingReminderResource reminder, CancellationToken cancellationToken);
}
