using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceConsole.Domain.Promotions;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Promotions;

namespace ServiceConsole.Tests.Integration.Promotions;

/// <summary>PRM-04: the persistent Quartz job that gives the agent the new level on the effective day, on a fake clock (own database).</summary>
public sealed class PromotionEffectiveTests(PromotionApiTests.Factory factory) : IClassFixture<PromotionApiTests.Factory>
{
    private const string Password = "Demo@2026";

    private Task<HttpClient> As(string login) => factory.SignInAsync(login, Password);

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    private async Task<Guid> InPublicityAsync(HttpClient hr, string agent)
    {
        var id = (await Ok(await Post(hr, "/api/v1/promotions", new { agentCode = agent, targetLevel = "supervisor", statement = "申请晋升" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await Post(await As("supervisor"), $"/api/v1/promotions/{id}/review", new { approve = true }));
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/decide", new { approve = true, rationale = "同意公示" }));
        return id;
    }

    [Fact]
    [Trait("Rule", "PRM-04")]
    public async Task PRM_04_the_effective_job_changes_the_level_on_the_first_day_after_the_quarter()
    {
        var hr = await As("hr");
        var id = await InPublicityAsync(hr, "A004");
        factory.Clock.Advance(TimeSpan.FromDays(8));
        hr = await As("hr");
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/approve", new { }));
        var scheduler = factory.Services.GetRequiredService<PromotionScheduler>();
        var fireAt = await scheduler.StoredAsync(PromotionScheduler.EffectiveGroup, id, CancellationToken.None);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var effectiveOn = PromotionCalendar.EffectiveOn(today);
        Assert.Equal(new DateTimeOffset(effectiveOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), fireAt);

        var workflow = factory.Services.GetRequiredService<PromotionWorkflow>();
        Assert.False(await workflow.TakeEffectAsync(id)); // the quarter has not ended
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(PromotionLevel.Specialist, (await db.Agents.SingleAsync(a => a.Code == "A004")).Level);
        }

        factory.Clock.SetUtcNow(fireAt!.Value);
        var quartz = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await quartz.TriggerJob(PromotionScheduler.Key(PromotionScheduler.EffectiveGroup, id));
        await Eventually.True(
            async () =>
            {
                await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
                return (await db.Agents.SingleAsync(a => a.Code == "A004")).Level == PromotionLevel.Supervisor;
            },
            because: "the effective job to promote the agent on the first day after the quarter");
        var record = await Ok(await factory.CreateApiClient().GetAsync($"/api/v1/promotions/{id}")); // the supervision reads, by API key
        Assert.Equal("effective", record.GetProperty("status").GetString());
    }
}
