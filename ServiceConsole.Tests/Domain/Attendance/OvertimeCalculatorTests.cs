using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Attendance;

/// <summary>GEN-02 overtime pay: hours × (monthly base ÷ 21.5 ÷ 8) × 150 % / 200 % / 300 %.</summary>
public sealed class OvertimeCalculatorTests
{
    private readonly OvertimeCalculator _calculator = new(new GeneralOptions());

    [Theory]
    [Trait("Rule", "GEN-02")]
    [InlineData(OvertimeDayKind.Workday, "75.00")]
    [InlineData(OvertimeDayKind.RestDay, "100.00")]
    [InlineData(OvertimeDayKind.Holiday, "150.00")]
    public void GEN_02_overtime_pays_150_200_and_300_percent_of_the_hourly_rate(OvertimeDayKind kind, string expected)
    {
        var quote = _calculator.Quote(4300m, 2m, kind); // hourly rate 4300 ÷ 21.5 ÷ 8 = 25

        Assert.Equal(25m, quote.HourlyRate);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote.Amount);
        Assert.Equal("GEN-02", quote.RuleId);
    }

    [Theory]
    [Trait("Rule", "GEN-02")]
    [InlineData(OvertimeDayKind.Workday, "130.81")] // 3 × 29.0697… × 1.5 = 130.813…
    [InlineData(OvertimeDayKind.RestDay, "174.42")] // × 2 = 174.418…
    [InlineData(OvertimeDayKind.Holiday, "261.63")] // × 3 = 261.627…
    public void GEN_02_overtime_rounds_to_cents_from_the_unrounded_hourly_rate(OvertimeDayKind kind, string expected)
    {
        var quote = _calculator.Quote(5000m, 3m, kind);

        Assert.Equal(29.07m, quote.HourlyRate);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote.Amount);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void GEN_02_the_day_kind_comes_from_the_calendar_and_a_swapped_day_is_a_workday()
    {
        Assert.Equal(OvertimeDayKind.Workday, OvertimeCalculator.DayKindOf(WorkingDayKind.WorkingDay));
        Assert.Equal(OvertimeDayKind.Workday, OvertimeCalculator.DayKindOf(WorkingDayKind.SwappedWorkingDay));
        Assert.Equal(OvertimeDayKind.RestDay, OvertimeCalculator.DayKindOf(WorkingDayKind.RestDay));
        Assert.Equal(OvertimeDayKind.Holiday, OvertimeCalculator.DayKindOf(WorkingDayKind.PublicHoliday));
    }
}
