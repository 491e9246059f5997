using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace ServiceConsole.Web.Scheduling;

/// <summary>
/// Healthy when the Quartz scheduler is running (started, not in standby, not shut down) and its job
/// store answers a query; anything else reports the registration's failure status (Unhealthy by default).
/// </summary>
/// <remarks>
/// Quartz 4 also ships its own check (<c>AddHealthChecks().AddQuartz()</c>) with cluster and stale-firing
/// rules; this one is deliberately just "is it up and can it reach its store" (SQLite, or PostgreSQL when clustered).
/// </remarks>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulerFactory) : IHealthCheck
{
    /// <summary>
    /// On SQLite the store probe takes the write lock like every Quartz operation, so behind a long EF Core
    /// write it could wait out the whole 30 s busy timeout; a health check should answer well before.
    /// </summary>
    internal static readonly TimeSpan StoreProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failureStatus = context.Registration.FailureStatus;

        IScheduler scheduler;
        try
        {
            // Returns the scheduler the hosted service runs. If it has not been built yet, this builds
            // it (that is where a missing QRTZ_ schema surfaces), and the hosted service gets this one.
            // Once the scheduler is shut down, Quartz 4 throws here rather than hand back a dead one.
            scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(
                failureStatus, "No Quartz scheduler: it could not be built (see the exception) or has been shut down.", ex);
        }

        var status = scheduler.Status;
        var data = new Dictionary<string, object>
        {
            ["scheduler"] = scheduler.SchedulerName,
            ["instanceId"] = scheduler.SchedulerInstanceId,
            ["status"] = status.ToString(),
        };

        if (status != SchedulerStatus.Running)
        {
            // Quartz 4 replaced IsStarted/IsShutdown/InStandbyMode with one Status; only Running fires.
            var reason = status switch
            {
                SchedulerStatus.Created => "has not been started",
                SchedulerStatus.Standby => "is in standby and fires nothing",
                SchedulerStatus.ShuttingDown => "is shutting down",
                SchedulerStatus.Shutdown => "has been shut down",
                _ => $"reports status {status}",
            };
            return new HealthCheckResult(failureStatus, $"Scheduler '{scheduler.SchedulerName}' {reason}.", data: data);
        }

        // Quartz 4's replacement for GetJobGroupNames: a paged query, here one row at most. It runs a real
        // SELECT against QRTZ_JOB_DETAILS through the store's connection, transaction and lock.
        // The wait is bounded with Task.Run + WaitAsync rather than the token alone: while another
        // connection holds SQLite's write lock, Microsoft.Data.Sqlite sits in a synchronous busy loop (up
        // to the 30 s busy timeout) inside BEGIN IMMEDIATE, before Quartz's call even returns its task,
        // and no token interrupts it. The token still stops Quartz's retries and queued waits.
        using var probeCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        probeCancellation.CancelAfter(StoreProbeTimeout);
        var probeToken = probeCancellation.Token;
        var probe = Task.Run(
            async () => await scheduler.QueryJobGroups(new JobGroupQuery { Take = 1 }, probeToken), CancellationToken.None);
        try
        {
            await probe.WaitAsync(StoreProbeTimeout, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A probe left running finishes (or fails) on its own; observe it so a late failure is not
            // reported as an unobserved task exception.
            _ = probe.ContinueWith(
                static task => task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return new HealthCheckResult(
                failureStatus,
                $"Scheduler '{scheduler.SchedulerName}' is running but its job store did not answer within {StoreProbeTimeout.TotalSeconds:0} s.",
                data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(
                failureStatus, $"Scheduler '{scheduler.SchedulerName}' is running but its job store failed.", ex, data);
        }

        return HealthCheckResult.Healthy($"Scheduler '{scheduler.SchedulerName}' is running and its job store answers.", data);
    }
}
