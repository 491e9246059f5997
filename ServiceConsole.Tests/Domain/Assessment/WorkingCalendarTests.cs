using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Assessment;

/// <summary>GEN-01 working days and TRN-03's assessment day, the last working day of the month.</summary>
public sealed class WorkingCalendarTests
{
    private static WorkingCalendar Calendar(Action<GeneralOptions>? change = null)
    {
        var options = new PolicyOptions();
        change?.Invoke(options.General);
        return new WorkingCalendar(options);
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_monday_to_saturday_are_working_days_and_sunday_rests()
    {
        var calendar = Calendar();
        var monday = new DateOnly(2026, 5, 25);

        Assert.All(Enumerable.Range(0, 6), i => Assert.True(calendar.IsWorkingDay(monday.AddDays(i)), monday.AddDays(i).DayOfWeek.ToString()));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 5, 31)));
        Assert.Equal(WorkingDayKind.RestDay, calendar.KindOf(new DateOnly(2026, 5, 31)));
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_month_ending_on_a_sunday_is_assessed_on_the_saturday_before()
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2026, 5, 31).DayOfWeek);

        Assert.Equal(new DateOnly(2026, 5, 30), Calendar().LastWorkingDayOf(2026, 5));
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_month_ending_on_a_working_day_is_assessed_that_day()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), Calendar().LastWorkingDayOf(new AssessmentMonth(2026, 11)));
        Assert.Equal(new DateOnly(2026, 10, 31), Calendar().LastWorkingDayOf(2026, 10)); // a Saturday works (GEN-01)
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_public_holiday_at_the_end_of_the_month_moves_the_assessment_to_the_working_day_before()
    {
        // 2026-09-30 is a Wednesday; with it and the 29th off, the assessment is on Monday the 28th.
        var calendar = Calendar(g => g.PublicHolidays = [new DateOnly(2026, 9, 29), new DateOnly(2026, 9, 30)]);

        Assert.Equal(new DateOnly(2026, 9, 28), calendar.LastWorkingDayOf(2026, 9));
        Assert.Equal(WorkingDayKind.PublicHoliday, calendar.KindOf(new DateOnly(2026, 9, 30)));
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_sunday_swapped_into_a_working_day_is_the_last_working_day()
    {
        var calendar = Calendar(g => g.SwappedWorkingDays = [new DateOnly(2026, 5, 31)]);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 5, 31)));
        Assert.Equal(WorkingDayKind.SwappedWorkingDay, calendar.KindOf(new DateOnly(2026, 5, 31)));
        Assert.Equal(new DateOnly(2026, 5, 31), calendar.LastWorkingDayOf(2026, 5));
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_configured_rest_days_replace_sunday()
    {
        var calendar = Calendar(g => g.RestDays = [DayOfWeek.Saturday, DayOfWeek.Sunday]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 5, 30)));
        Assert.Equal(new DateOnly(2026, 5, 29), calendar.LastWorkingDayOf(2026, 5));
        Assert.Equal(21, calendar.WorkingDaysOf(new AssessmentMonth(2026, 5)).Count());
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_month_of_nothing_but_holidays_is_assessed_on_its_last_day()
    {
        var february = Enumerable.Range(1, 28).Select(d => new DateOnly(2027, 2, d)).ToArray();

        Assert.Equal(new DateOnly(2027, 2, 28), Calendar(g => g.PublicHolidays = february).LastWorkingDayOf(2027, 2));
    }

    [Fact]
    public void A_month_reads_and_writes_yyyy_MM_and_starts_at_midnight_in_the_centre()
    {
        Assert.True(AssessmentMonth.TryParse("2026-12", out var december));
        Assert.Equal("2026-12", december.ToString());
        Assert.Equal(new AssessmentMonth(2027, 1), december.Next);
        Assert.Equal(new AssessmentMonth(2026, 11), december.Previous);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), december.StartIn(shanghai));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), december.EndIn(shanghai));
        Assert.False(AssessmentMonth.TryParse("2026-13", out _));
        Assert.False(AssessmentMonth.TryParse("1999-12", out _));
        Assert.False(AssessmentMonth.TryParse("2026-1", out _));
        Assert.False(AssessmentMonth.TryParse(null, out _));
    }
}
