using Bunit;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>The board's chart of today: contacts per slice and the share answered in time (SVC-07).</summary>
public sealed class BoardTrendTests : BoardTestContext
{
    private static readonly DateTimeOffset DayStart = new(2026, 12, 4, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    [Trait("Rule", "SVC-07")]
    public void Today_is_cut_into_slices_from_the_first_busy_one_to_now_with_the_share_answered_in_time()
    {
        var at = DayStart.AddHours(9);
        (DateTimeOffset, bool?)[] contacts =
        [
            (at.AddMinutes(1), true), (at.AddMinutes(5), false), (at.AddMinutes(14), null), // 09:00 slice: 1 of 2 answered in time, 1 waiting
            (at.AddMinutes(31), true),                                                       // 09:30 slice
            (DayStart.AddDays(-1), true),                                                    // yesterday: not today
        ];

        var trend = BoardSnapshotBuilder.Trend(contacts, DayStart, at.AddMinutes(50), 15);

        Assert.Equal([at, at.AddMinutes(15), at.AddMinutes(30), at.AddMinutes(45)], trend.Select(p => p.Start));
        Assert.Equal([3, 0, 1, 0], trend.Select(p => p.Contacts));
        Assert.Equal([0.5, null, 1.0, null], trend.Select(p => p.Compliance));
    }

    [Fact]
    public void A_quiet_day_has_no_slices_and_the_chart_says_so()
    {
        Assert.Empty(BoardSnapshotBuilder.Trend([], DayStart, DayStart.AddHours(3), 15));

        var cut = Render<BoardTrend>(p => p.Add(t => t.Points, []).Add(t => t.Target, 0.95).Add(t => t.SliceMinutes, 15));

        Assert.Equal("0", cut.Find("[data-testid=board-trend]").GetAttribute("data-slices"));
        Assert.Contains("今天还没有咨询", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_draws_both_series_and_renders_again_only_when_a_slice_changed()
    {
        BoardTrendPoint[] points = [new(DayStart.AddHours(9), 12, 0.92), new(DayStart.AddHours(9.25), 9, 1.0)];
        var cut = Render<BoardTrend>(p => p.Add(t => t.Points, points).Add(t => t.Target, 0.95).Add(t => t.SliceMinutes, 15));
        Assert.Equal(2, cut.FindAll(".sc-trend-chart").Count(c => c.QuerySelector("svg") is not null));
        var renders = cut.Instance.Renders;

        cut.Render(p => p.Add(t => t.Points, [.. points])); // the same slices in a new list: nothing to draw
        Assert.Equal(renders, cut.Instance.Renders);

        cut.Render(p => p.Add(t => t.Points, [points[0], points[1] with { Contacts = 10 }]));
        Assert.Equal(renders + 1, cut.Instance.Renders);
    }
}
