using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Components.Training;

/// <summary>TRN-02 and TRN-07 on the agent's side: upcoming sessions with the reminder arriving live, and the training file read only by its owner.</summary>
public sealed class TrainingCardsTests : ConsoleComponentTest
{
    private readonly FakeTrainingDesk _desk = new(new DateOnly(2026, 11, 22));
    private readonly FakeFile _file = new();

    public TrainingCardsTests()
    {
        Services.AddSingleton<ITrainingDesk>(_desk);
        Services.AddSingleton<ITrainingFile>(_file);
    }

    private static TrainingSessionResource Session(Guid id, string agent) => new(
        id, "11 月服务技巧", ["service-skills"], Now.AddDays(1), Now.AddDays(1).AddHours(2), 2, "2026-11", [], Now, "trainer",
        [new(agent, "谢强", "ONL-1", "pending", null, null, null)], []);

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_the_agent_sees_their_upcoming_session_and_the_reminder_the_moment_it_arrives()
    {
        SignInAsAgent("A001");
        var id = Guid.NewGuid();
        _desk.Sessions.Add(Session(id, "A001"));
        var card = Render<UpcomingTrainingCard>(p => p.Add(c => c.AgentCode, "A001"));
        Assert.Contains("11 月服务技巧", card.Find("[data-testid=upcoming-session]").TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("[data-testid=training-reminder]"));
        Time.Advance(TimeSpan.FromSeconds(1)); // past the catch-up refresh after the first render

        Feed.Publish(new TrainingReminder(new TrainingReminderResource(Guid.NewGuid(), "别人的培训", ["case-sharing"], Now.AddHours(1), 2, 60), ["A002"]));
        Feed.Publish(new TrainingReminder(new TrainingReminderResource(id, "11 月服务技巧", ["service-skills"], Now.AddDays(1), 2, 1440), ["A001", "A003"]));

        Time.Advance(Coalesce);

        card.WaitForAssertion(() =>
        {
            var reminder = card.Find("[data-testid=training-reminder]").TextContent;
            Assert.Contains("11 月服务技巧", reminder, StringComparison.Ordinal);
            Assert.Contains("提前 1 天", reminder, StringComparison.Ordinal);
            Assert.DoesNotContain("别人的培训", card.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_nothing_shows_when_no_session_is_coming()
    {
        SignInAsAgent("A001");

        var card = Render<UpcomingTrainingCard>(p => p.Add(c => c.AgentCode, "A001"));

        Assert.Empty(card.FindAll("[data-testid=upcoming-training]"));
    }

    [Fact]
    [Trait("Rule", "TRN-07")]
    public void TRN_07_the_file_lists_dates_contents_and_results_and_an_agent_reads_only_their_own()
    {
        _file.Files["A001"] = new TrainingFileResource("A001", "谢强", "ONL-1",
        [
            new(Now, new DateOnly(2026, 11, 22), "session", "TRN-02", "11 月案例分享", ["case-sharing"], "attended", null, null, null, "测验 90 分", null, Guid.NewGuid()),
            new(Now.AddDays(-30), new DateOnly(2026, 10, 23), "onboarding-exam", "TRN-01", "2", ["exam"], "passed", 72, 81, null, null, null, Guid.NewGuid()),
            new(Now.AddDays(-31), new DateOnly(2026, 10, 22), "onboarding-exam", "TRN-01", "1", ["exam"], "failed", 50, 81, null, null, null, Guid.NewGuid()),
        ]);
        SignInAsAgent("A001");

        var own = Render<TrainingFileCard>(p => p.Add(c => c.AgentCode, "A001"));
        var other = Render<TrainingFileCard>(p => p.Add(c => c.AgentCode, "A002"));

        var entries = own.FindAll("[data-testid=file-entry]").Select(e => e.TextContent).ToList();
        Assert.Equal(3, entries.Count);
        Assert.Contains("2026-11-22", entries[0], StringComparison.Ordinal);
        Assert.Contains("案例分享", entries[0], StringComparison.Ordinal);
        Assert.Contains("出席", entries[0], StringComparison.Ordinal);
        Assert.Contains("测验 90 分", entries[0], StringComparison.Ordinal);
        Assert.Contains("理论 72 / 实操 81", entries[1], StringComparison.Ordinal);
        Assert.Contains("未通过", entries[2], StringComparison.Ordinal);
        Assert.Contains("谢强的培训档案", own.Markup, StringComparison.Ordinal);
        Assert.NotNull(other.Find("[data-testid=training-file-unknown]"));
        Assert.Equal(["A001"], _file.Asked.Distinct());
    }

    private sealed class FakeFile : ITrainingFile
    {
        public Dictionary<string, TrainingFileResource> Files { get; } = [];

        public List<string> Asked { get; } = [];

        public Task<TrainingFileResource?> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default)
        {
            Asked.Add(agentCode);
            return Task.FromResult(Files.GetValueOrDefault(agentCode));
        }

        public Task<TrainingYearResource> YearAsync(string agentCode, int year, CancellationToken cancellationToken = default) =>
            Task.FromResult(new TrainingYearResource(agentCode, year, 1, 0, 1, 1));
    }
}
