using Microsoft.Extensions.Options;
using Quartz;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// EMG-05: checks a drill schedule's Quartz cron expression the way the scheduler will read it (in the
/// centre's time zone) and lists its next fire times. Used by the editor as the trainer types and by the
/// service before saving, so what the screen accepts is exactly what Quartz accepts.
/// </summary>
public sealed class DrillCronPreview(CentreTimeZone centre, IOptions<DrillOptions> options)
{
    public const int DefaultCount = 3;

    /// <summary>Fires looked at for overlaps: a year of a monthly schedule, a few days of a silly one.</summary>
    private const int OverlapProbe = 12;

    public TimeZoneInfo Zone => centre.Zone;

    public DrillCronCheck Check(string? cron, DateTimeOffset now, int count = DefaultCount)
    {
        var text = Normalize(cron);
        if (text.Length == 0)
        {
            return new DrillCronCheck(text, DrillCronProblem.Missing, null, []);
        }

        if (text.Length > DrillSchedule.MaxCronLength)
        {
            return new DrillCronCheck(text, DrillCronProblem.TooLong, null, []);
        }

        if (Parse(text) is not { } expression)
        {
            return new DrillCronCheck(text, DrillCronProblem.Invalid, ParseError(text), []);
        }

        var fires = NextFires(expression, now, Math.Max(count, OverlapProbe));
        if (fires.Count == 0)
        {
            return new DrillCronCheck(text, DrillCronProblem.NeverFires, null, []);
        }

        var shown = fires.Take(count).Select(centre.ToLocal).ToList();
        var duration = options.Value.Duration;
        var overlaps = fires.Zip(fires.Skip(1), (a, b) => b - a).Any(gap => gap < duration);
        return new DrillCronCheck(text, overlaps ? DrillCronProblem.Overlaps : null, null, shown);
    }

    /// <summary>The expression in the centre's zone, or null when Quartz cannot parse it.</summary>
    public CronExpression? Parse(string cron)
    {
        // Immutable: WithTimeZone returns the copy the scheduler will also use.
        return CronExpression.TryParse(Normalize(cron), out var expression) && expression is not null
            ? expression.WithTimeZone(centre.Zone)
            : null;
    }

    private static IReadOnlyList<DateTimeOffset> NextFires(CronExpression expression, DateTimeOffset after, int count)
    {
        var fires = new List<DateTimeOffset>(count);
        var from = after;
        while (fires.Count < count && expression.GetNextValidTimeAfter(from) is { } next)
        {
            fires.Add(next);
            from = next;
        }

        return fires;
    }

    private static string? ParseError(string cron)
    {
        try
        {
            _ = CronExpression.Parse(cron);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    // As the domain stores it: runs of whitespace become one space.
    private static string Normalize(string? cron) =>
        cron is null ? "" : string.Join(' ', cron.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
