namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// At start-up: puts the reminders of every session still ahead back on the scheduler (TRN-02), so a lost job or a
/// changed lead time never leaves attendees unreminded; reminders already sent are not sent again.
/// </summary>
public sealed class TrainingReminderSync(TrainingSessions sessions) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var session in await sessions.AheadAsync(cancellationToken))
        {
            await sessions.ScheduleRemindersAsync(session, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
