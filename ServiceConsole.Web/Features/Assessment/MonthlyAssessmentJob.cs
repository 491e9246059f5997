using Quartz;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// TRN-03: the monthly assessment on the month's last working day. Each fire assesses the month its trigger was made
/// for, then schedules the next month's; a fire missed while the console was down runs once when it is back.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonthlyAssessmentJob(MonthlyAssessments assessments, AssessmentScheduler scheduler, AssessmentClock clock, ILogger<MonthlyAssessmentJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var month = context.MergedJobDataMap.TryGetString(AssessmentScheduler.MonthKey, out var text) && AssessmentMonth.TryParse(text, out var stored)
            ? stored
            : clock.CurrentMonth;
        logger.LogInformation("Monthly assessment of {Month} fired", month);
        await assessments.RunMonthAsync(month, Actor.System, cancellationToken);
        await scheduler.ScheduleNextAsync(cancellationToken);
    }
}
