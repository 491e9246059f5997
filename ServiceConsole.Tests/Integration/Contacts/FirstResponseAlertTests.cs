using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Tests.Integration.Contacts;

/// <summary>A first response past its target is a breach alert like every other clock, so alerts and counters agree (issue 10).</summary>
public sealed class FirstResponseAlertTests(FirstResponseAlertTests.Factory factory) : IClassFixture<FirstResponseAlertTests.Factory>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    public async Task InitializeAsync()
    {
        if (!factory.Seeded)
        {
            factory.Seeded = true;
            await factory.SeedAgentAsync("A201", "online");
            await factory.SeedAgentAsync("A202", "online");
            await factory.SeedAgentAsync("A251", "phone", "away");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> ArriveAsync(string externalId, string channel, DateTimeOffset at)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel, customerName = "王女士", customerPhone = "13800138000", arrivedAt = at,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<List<JsonElement>> AlertsAboutAsync(string contactId) =>
        [.. (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?since={Uri.EscapeDataString(Start.AddHours(-1).ToString("O"))}"))
            .EnumerateArray().Where(a => a.GetProperty("subjectId").GetString() == contactId)];

    [Theory]
    [Trait("Rule", "SVC-01")]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public async Task SVC_01_a_chat_answered_at_ten_seconds_is_on_time_and_at_eleven_raises_a_breach(int answeredAfter, bool breached)
    {
        var arrived = factory.Clock.GetUtcNow();
        var id = await ArriveAsync($"fr-chat-{answeredAfter}", "online", arrived);
        var agent = (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{id}")).GetProperty("agentCode").GetString();

        var answer = await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/answer", new { agentCode = agent, at = arrived.AddSeconds(answeredAfter) });
        answer.EnsureSuccessStatusCode();

        var alerts = await AlertsAboutAsync(id);
        Assert.Equal(breached ? 1 : 0, alerts.Count);
        if (breached)
        {
            var alert = alerts[0];
            Assert.Equal(("breach", "SVC-01", "first-response", "contact"), (
                alert.GetProperty("kind").GetString(), alert.GetProperty("ruleId").GetString(),
                alert.GetProperty("clock").GetString(), alert.GetProperty("subjectKind").GetString()));
            Assert.Equal(agent, alert.GetProperty("agentCode").GetString());
        }
    }

    [Fact]
    [Trait("Rule", "SVC-02")]
    public async Task SVC_02_a_call_still_waiting_past_fifteen_seconds_is_alerted_once_by_the_sweep_and_counted_the_same_on_the_board()
    {
        var sweep = factory.Services.GetRequiredService<FirstResponseAlerts>();
        var arrived = factory.Clock.GetUtcNow();
        var id = await ArriveAsync("fr-call-waiting", "phone", arrived); // the only phone agent is away: it waits

        factory.Clock.Advance(TimeSpan.FromSeconds(15));
        var atDeadline = await sweep.SweepAsync();
        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var after = await sweep.SweepAsync();
        var again = await sweep.SweepAsync();

        Assert.Equal(0, atDeadline);
        Assert.InRange(after, 0, 1); // the scheduled sweep (every BreachSweepSeconds) may have raised it first
        Assert.Equal(0, again);
        var alert = Assert.Single(await AlertsAboutAsync(id));
        Assert.Equal("SVC-02", alert.GetProperty("ruleId").GetString());

        // The day's counter and the alert list tell the same story.
        var snapshot = await factory.Services.GetRequiredService<IBoardSnapshotSource>().BuildAsync();
        var firstResponseAlerts = snapshot.RecentAlerts.Count(a => a.Clock == FirstResponseAlerts.Clock && !a.Drill);
        Assert.Equal(snapshot.Breaches.FirstResponse, firstResponseAlerts);
    }
}
