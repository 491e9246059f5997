using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Drills;

namespace ServiceConsole.Tests.Components.Drills;

/// <summary>
/// EMG-05: the schedule editor reads the cron the way Quartz will, as it is typed: an invalid or overlapping
/// expression is an error on the field, a valid one lists its next three fires in the centre's zone.
/// </summary>
public sealed class DrillScheduleEditorTests : ConsoleComponentTest
{
    // Sunday 22 November 2026, 18:00 in Shanghai.
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeDrillScheduleService _drills = new();

    public DrillScheduleEditorTests()
        : base(SundayEvening)
    {
        Services.AddSingleton(Options.Create(new DrillOptions()));
        Services.AddSingleton<DrillCronPreview>();
        Services.AddSingleton<IDrillScheduleService>(_drills);
    }

    private IRenderedComponent<DrillScheduleEditor> RenderEditor(DrillScheduleView? schedule = null) =>
        Render<DrillScheduleEditor>(p => p.Add(e => e.Schedule, schedule).Add(e => e.Actor, new Actor("trainer", null, false)));

    private static IReadOnlyList<string> NextFires(IRenderedComponent<DrillScheduleEditor> cut) =>
        [.. cut.FindAll("[data-testid=next-fire]").Select(li => li.GetAttribute("data-at")!)];

    private static void TypeCron(IRenderedComponent<DrillScheduleEditor> cut, string cron) =>
        cut.Find("[data-field=cronExpression] input").Input(cron);

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_new_schedule_starts_from_the_monthly_default_and_shows_its_next_three_drills_in_the_centres_zone()
    {
        var cut = RenderEditor();

        Assert.Equal("0 0 10 15 * ?", cut.Find("[data-field=cronExpression] input").GetAttribute("value"));
        Assert.Equal(
            ["2026-12-15T10:00:00.0000000+08:00", "2027-01-15T10:00:00.0000000+08:00", "2027-02-15T10:00:00.0000000+08:00"],
            NextFires(cut));
        Assert.Contains("Asia/Shanghai", cut.Find("[data-testid=next-fires]").TextContent);
        Assert.Contains("2026-12-15 10:00 星期二", cut.Find("[data-testid=next-fire]").TextContent);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_the_next_fires_follow_the_expression_as_it_is_typed()
    {
        var cut = RenderEditor();

        TypeCron(cut, "0 30 9 ? * MON#1"); // the first Monday of each month, 09:30

        Assert.Equal(
            ["2026-12-07T09:30:00.0000000+08:00", "2027-01-04T09:30:00.0000000+08:00", "2027-02-01T09:30:00.0000000+08:00"],
            NextFires(cut));
        Assert.Empty(cut.FindAll("[data-field=cronExpression] .mud-input-error"));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_an_invalid_cron_is_an_error_on_its_field_and_is_never_sent()
    {
        var cut = RenderEditor();

        TypeCron(cut, "0 0 25 15 * ?"); // hour 25
        cut.Find("[data-testid=save-schedule]").Click();

        Assert.Contains("不是有效的 Quartz cron 表达式", cut.Find("[data-field=cronExpression]").TextContent);
        Assert.Empty(NextFires(cut));
        Assert.Contains("请修改标红的内容", cut.Find("[data-testid=schedule-failure]").TextContent);
        Assert.Empty(_drills.Saves);
    }

    [Theory]
    [Trait("Rule", "EMG-05")]
    [InlineData("0 0/30 * * * ?", false)] // a drill every 30 minutes ends as the next starts: allowed
    [InlineData("0 0/20 * * * ?", true)] // every 20 minutes: the next starts inside a 30-minute drill
    public void EMG_05_a_schedule_that_would_start_a_drill_inside_the_previous_one_is_refused(string cron, bool refused)
    {
        var cut = RenderEditor();

        TypeCron(cut, cron);

        Assert.Equal(refused, cut.Find("[data-field=cronExpression]").TextContent.Contains("两次演练间隔短于一次演练的时长", StringComparison.Ordinal));
        Assert.Equal(3, NextFires(cut).Count);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_an_expression_that_never_fires_again_says_so()
    {
        var cut = RenderEditor();

        TypeCron(cut, "0 0 10 15 1 ? 2020");

        Assert.Contains("此表达式以后不会再触发", cut.Find("[data-field=cronExpression]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=no-next-fires]"));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_valid_schedule_is_saved_with_its_whitespace_normalised_and_the_editor_reports_it()
    {
        DrillScheduleView? saved = null;
        var cut = Render<DrillScheduleEditor>(p => p
            .Add(e => e.Actor, new Actor("trainer", null, false))
            .Add(e => e.Saved, (DrillScheduleView s) => saved = s));

        TypeCron(cut, "  0 0 10   15 * ?  ");
        cut.Find("[data-field=note] textarea").Input("演练停电后的纸质登记");
        cut.Find("[data-testid=save-schedule]").Click();

        var edit = Assert.Single(_drills.Saves);
        Assert.Equal("0 0 10 15 * ?", edit.CronExpression);
        Assert.Equal(EmergencyMode.Outage, edit.Mode);
        Assert.True(edit.Enabled);
        Assert.Equal("演练停电后的纸质登记", edit.Note);
        Assert.NotNull(saved);
    }

    [Fact]
    public void The_services_field_errors_are_shown_in_chinese_next_to_their_fields()
    {
        _drills.SaveResult = _ => OperationResult<DrillScheduleView>.Invalid("note", "note must be at most 500 characters.");
        var cut = RenderEditor();

        cut.Find("[data-testid=save-schedule]").Click();

        Assert.Contains("说明不能超过 500 个字", cut.Find("[data-field=note]").TextContent);
        Assert.DoesNotContain("must be at most", cut.Markup);
    }
}
