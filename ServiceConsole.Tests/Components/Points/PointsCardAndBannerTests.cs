using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Tests.Components.Points;

/// <summary>The agent's own points card (SVC-10, CMP-12) and the excellent-agent banner every agent's screen shows (SVC-12).</summary>
public sealed class PointsCardAndBannerTests : ConsoleComponentTest
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 20, 2, 30, 0, TimeSpan.Zero);
    private readonly FakePointsLedger _ledger = new();
    private readonly FakeRecognition _recognition = new();

    public PointsCardAndBannerTests()
    {
        Services.AddSingleton<IPointsLedger>(_ledger);
        Services.AddSingleton<IExcellentAgentRecognition>(_recognition);
        _ledger.Entries.AddRange(
        [
            new("violation-1", "agent", "A001", "王芳", -5, "SVC-10", "violation", null, "通话中未使用标准结束语", "supervisor", Recorded),
            new("complaint-2", "agent", "A001", "王芳", -8, "CMP-12", "complaint", Guid.NewGuid(), "答复错误导致升级", "specialist", Recorded.AddHours(-2)),
            new("complaint-3", "agent", "A002", "李娜", -8, "CMP-12", "complaint", Guid.NewGuid(), "答复错误", "specialist", Recorded.AddHours(-2)),
        ]);
    }

    private static RecognitionAwardResource Award(string agent, string name) =>
        new("2026-10", agent, name, agent, null, 200m, 12, 4.83, 10, "supervisor", Recorded);

    [Fact]
    [Trait("Rule", "SVC-10")]
    [Trait("Rule", "CMP-12")]
    public void An_agent_sees_their_points_this_month_with_the_latest_entries()
    {
        SignInAsAgent("A001");

        var card = Render<PointsCard>(p => p.Add(c => c.AgentCode, "A001"));

        Assert.Equal("-13", card.Find("[data-testid=points-lost]").TextContent.Trim());
        Assert.Equal(["SVC-10", "CMP-12"], card.FindAll("[data-testid=points-card-entry]").Select(e => e.GetAttribute("data-rule")));
        Assert.Contains("违反服务规范", card.Markup, StringComparison.Ordinal);
        Assert.Contains(("agent", "A001", (string?)null), _ledger.Queries);
    }

    [Fact]
    public void An_agent_cannot_read_another_agents_card()
    {
        SignInAsAgent("A001");

        var card = Render<PointsCard>(p => p.Add(c => c.AgentCode, "A002"));

        Assert.Contains("无法查看", card.Markup, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("[data-testid=points-card-entry]"));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_the_confirmed_excellent_agent_appears_on_every_agents_screen_live()
    {
        SignInAsAgent("A001");
        var banner = Render<ExcellentAgentBanner>();
        Assert.Empty(banner.FindAll("[data-testid=excellent-agent-banner]"));
        Time.Advance(Coalesce); // the catch-up refresh after the first render

        _recognition.Published = Award("A002", "李娜");
        Feed.Publish(new ExcellentAgentConfirmed(_recognition.Published));
        Time.Advance(Coalesce);

        banner.WaitForAssertion(() => Assert.Contains("2026年10月优秀客服:李娜,获奖励 200 元", banner.Find("[data-testid=excellent-agent-banner]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_the_excellent_agent_reads_their_own_congratulations()
    {
        SignInAsAgent("A001");
        _recognition.Published = Award("A001", "王芳");

        var banner = Render<ExcellentAgentBanner>();

        Assert.Contains("恭喜你当选2026年10月优秀客服", banner.Find("[data-testid=excellent-agent-banner]").TextContent, StringComparison.Ordinal);
    }
}
