using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// TRN-03 in the centre's time: a month is assessed on its last working day (GEN-01) at
/// <see cref="AssessmentOptions.RunAt"/>; from then on its result is final, before then it is the month so far.
/// </summary>
public sealed class AssessmentClock(WorkingCalendar calendar, CentreTimeZone centre, IOptions<AssessmentOptions> options, TimeProvider time)
{
    public TimeZoneInfo Zone => centre.Zone;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The centre's date today.</summary>
    public DateOnly Today => DateOnly.FromDateTime(centre.ToLocal(time.GetUtcNow()).DateTime);

    /// <summary>The month the centre is in now.</summary>
    public AssessmentMonth CurrentMonth => AssessmentMonth.Of(Today);

    /// <summary>The day of <paramref name="month"/>'s assessment.</summary>
    public DateOnly DayOf(AssessmentMonth month) => calendar.LastWorkingDayOf(month);

    /// <summary>The instant of <paramref name="month"/>'s assessment: its last working day at the configured time.</summary>
    public DateTimeOffset DueAt(AssessmentMonth month) => AssessmentMonth.At(DayOf(month), options.Value.RunAtTime, centre.Zone);

    /// <summary>Whether <paramref name="month"/>'s assessment time has come, so its result is final.</summary>
    public bool IsFinal(AssessmentMonth month) => time.GetUtcNow() >= DueAt(month);

    /// <summary>The first month whose assessment time is after <paramref name="instant"/>, and that time.</summary>
    public (AssessmentMonth Month, DateTimeOffset DueAt) NextAfter(DateTimeOffset instant)
    {
        var month = AssessmentMonth.Of(DateOnly.FromDateTime(centre.ToLocal(instant).DateTime));
        var due = DueAt(month);
        while (due <= instant)
        {
            month = month.Next;
            due = DueAt(month);
        }

        return (month, due);
    }
}
