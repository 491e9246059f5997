using Quartz;

namespace ServiceConsole.Web.Features.Training;

/// <summary>TRN-02: sends a session's reminder to its attendees at one lead time; idempotent.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingReminderJob(TrainingSessions sessions, ILogger<TrainingReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (TrainingReminderScheduler.Read(context) is not { } fire)
        {
            logger.LogWarning("Training reminder job {JobKey} has no session or lead time", context.JobDetail.Key);
            return;
        }

        if (!await sessions.RemindAsync(fire.SessionId, fire.LeadMinutes, cancellationToken))
        {
            logger.LogInformation("Training session {SessionId}: the {Lead}-minute reminder was not sent (sent already, or the session started)", fire.SessionId, fire.LeadMinutes);
        }
    }
}
