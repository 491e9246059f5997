using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Training;

/// <summary>TRN-02: a session's reminder (<c>trainingReminder</c>), pushed to each attendee's own hub group.</summary>
public sealed record TrainingReminder(TrainingReminderResource Reminder, IReadOnlyList<string> Attendees) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Attendees;

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups([.. Attendees.Select(LiveGroups.Agent)]).TrainingReminder(Reminder, cancellationToken);
}
