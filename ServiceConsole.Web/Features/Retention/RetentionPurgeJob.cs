using Quartz;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Retention;

/// <summary>
/// INF-08: the nightly purge. Recoverable: a console killed mid-run fires it again at start-up, and the purge
/// resumes the unfinished run rather than opening a second one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionPurgeJob(RetentionPurge purge, ILogger<RetentionPurgeJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention-purge", "retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await purge.RunAsync(Actor.System.Name, cancellationToken) is null)
        {
            logger.LogInformation("Retention purge skipped: a run started by an admin is still going");
        }
    }
}
