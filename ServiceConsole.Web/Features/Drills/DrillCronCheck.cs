namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// A cron expression as the drill editor sees it: its problem, if any, and the next fire times in the
/// centre's time zone (shown even for an overlapping schedule, so the trainer sees why).
/// </summary>
public sealed record DrillCronCheck(string Cron, DrillCronProblem? Problem, string? Detail, IReadOnlyList<DateTimeOffset> NextFires)
{
    public bool IsValid => Problem is null;
}
