using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Telemetry;

/// <summary>
/// Feeds the write path's group commits to the console's meter: each group's size and each write's wait in the queue.
/// The write path only raises an event, so it depends on nothing of the telemetry.
/// </summary>
public sealed class WriteMetrics(WritePath writes, ConsoleMetrics metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        writes.Committed += Record;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        writes.Committed -= Record;
        return Task.CompletedTask;
    }

    private void Record(CommittedGroup group)
    {
        metrics.RecordCommit(group.Size);
        foreach (var wait in group.Waits)
        {
            metrics.RecordWriteWait(wait);
        }
    }
}
