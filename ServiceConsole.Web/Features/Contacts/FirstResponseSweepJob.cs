using Quartz;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>
/// Every few seconds, raises the first-response breaches of contacts still waiting past their target. One sweep
/// job rather than one trigger per contact: first responses are due within seconds, a hundred a minute, and a sweep
/// that finds them late by at most its interval costs one query.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FirstResponseSweepJob(FirstResponseAlerts alerts, ILogger<FirstResponseSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("first-response-sweep", "contact-clocks");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var raised = await alerts.SweepAsync(cancellationToken);
        if (raised > 0)
        {
            logger.LogInformation("{Count} contact(s) past their first-response target", raised);
        }
    }
}
