using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Tests.Integration.Points;

/// <summary>
/// SVC-12 on the real console: November's ratings propose the excellent agent with their figures; a supervisor confirms
/// (the proposal, or another agent with a reason) once the month is over; the choice is audited, kept once, 200 yuan.
/// </summary>
public sealed class RecognitionApiTests(PointsFactory factory) : IClassFixture<PointsFactory>, IAsyncLifetime
{
    private static readonly DateTimeOffset November = new(2026, 11, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public async Task InitializeAsync()
    {
        if (factory.Seeded)
        {
            return;
        }

        factory.Seeded = true;
        // A002: 10 ratings, mean 4.8 (8 five-star). A003: 12 ratings, mean 4.83. A004: 3 five-star ratings, too few.
        int[] a002 = [5, 5, 5, 5, 5, 5, 5, 5, 4, 4];
        int[] a003 = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4];
        int[] a004 = [5, 5, 5];
        var n = 0;
        foreach (var (agent, ratings) in new[] { ("A002", a002), ("A003", a003), ("A004", a004) })
        {
            foreach (var rating in ratings)
            {
                await _api.RatedContactAsync($"rec-{agent}-{n}", agent, November.AddHours(n++), rating);
            }
        }

        // A rating of December does not count for November.
        await _api.RatedContactAsync("rec-december", "A004", PointsFactory.Start.AddHours(-1), 5);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    [Trait("Rule", "SVC-12")]
    public async Task SVC_12_the_month_proposes_the_best_rated_agent_with_enough_ratings_and_shows_the_figures()
    {
        var month = await _api.GetFromJsonAsync<JsonElement>("/api/v1/recognition/2026-11");

        Assert.True(month.GetProperty("monthOver").GetBoolean());
        Assert.Equal((10, 200m), (month.GetProperty("minRatings").GetInt32(), month.GetProperty("bonusYuan").GetDecimal()));
        var proposal = month.GetProperty("proposal");
        Assert.Equal(("A003", 12, 10, 1), (proposal.GetProperty("agentCode").GetString(), proposal.GetProperty("ratings").GetInt32(),
            proposal.GetProperty("fiveStars").GetInt32(), proposal.GetProperty("rank").GetInt32()));
        Assert.Equal(58.0 / 12, proposal.GetProperty("mean").GetDouble(), 6);
        var candidates = month.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(["A003", "A002", "A004"], candidates.Select(c => c.GetProperty("agentCode").GetString()));
        var few = candidates[2];
        Assert.False(few.GetProperty("eligible").GetBoolean());
        Assert.Equal((3, JsonValueKind.Null), (few.GetProperty("ratings").GetInt32(), few.GetProperty("rank").ValueKind));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public async Task SVC_12_a_supervisor_confirms_once_the_month_is_over_choosing_another_only_with_a_reason_and_it_is_audited()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);
        var hr = await factory.SignInAsync("hr", DemoOptions.DefaultPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await hr.PostAsJsonAsync("/api/v1/recognition/2026-11/confirm", new { agentCode = "A003" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.PostAsJsonAsync("/api/v1/recognition/2026-11/confirm", new { agentCode = "A003" })).StatusCode);
        var noReason = await supervisor.PostAsJsonAsync("/api/v1/recognition/2026-11/confirm", new { agentCode = "A002" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.ReadAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync("/api/v1/recognition/2026-12/confirm", new { agentCode = "A003" })).StatusCode);

        var confirmed = await supervisor.PostAsJsonAsync("/api/v1/recognition/2026-11/confirm", new { agentCode = "A002", reason = "本月多次获得客户书面表扬" });
        var repeat = await supervisor.PostAsJsonAsync("/api/v1/recognition/2026-11/confirm", new { agentCode = "A002" });
        var another = await supervisor.PostAsJsonAsync("/api/v1/recognition/2026-11/confirm", new { agentCode = "A003" });

        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var award = await confirmed.ReadAsync();
        Assert.Equal(("A002", "A003", 200m, "supervisor", 10), (award.GetProperty("agentCode").GetString(), award.GetProperty("proposedAgentCode").GetString(),
            award.GetProperty("bonusYuan").GetDecimal(), award.GetProperty("confirmedBy").GetString(), award.GetProperty("ratings").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
        var month = await _api.GetFromJsonAsync<JsonElement>("/api/v1/recognition/2026-11");
        Assert.Equal("本月多次获得客户书面表扬", month.GetProperty("confirmed").GetProperty("reason").GetString());

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var audited = await Eventually.Until(
            () => db.AuditRecords.AsNoTracking().Where(r => r.Subject == "recognition:2026-11").ToListAsync(),
            records => records.Count == 1);
        Assert.Equal("supervisor", audited[0].Actor);
        Assert.Contains("SVC-12 A002 200 yuan", audited[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_month_is_validated_and_not_in_the_future()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.GetAsync("/api/v1/recognition/2026-13")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.GetAsync("/api/v1/recognition/2027-01")).StatusCode);
        var december = await _api.GetFromJsonAsync<JsonElement>("/api/v1/recognition/2026-12");
        Assert.False(december.GetProperty("monthOver").GetBoolean());
        Assert.Equal(JsonValueKind.Null, december.GetProperty("proposal").ValueKind);
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/recognition/2026-11")).StatusCode);
    }
}
