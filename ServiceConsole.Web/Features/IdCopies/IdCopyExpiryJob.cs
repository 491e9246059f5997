using Quartz;

namespace ServiceConsole.Web.Features.IdCopies;

/// <summary>INF-04: the hourly sweep that destroys expired ID-number copies (<see cref="IdCopyExpiry"/>).</summary>
[DisallowConcurrentExecution]
public sealed class IdCopyExpiryJob(IdCopyExpiry expiry, ILogger<IdCopyExpiryJob> logger) : IJob
{
    public static readonly JobKey Key = new("id-copy-expiry", "information");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var destroyed = await expiry.SweepAsync(cancellationToken);
        if (destroyed > 0)
        {
            logger.LogInformation("{Count} expired ID-number copy(ies) destroyed", destroyed);
        }
    }
}
