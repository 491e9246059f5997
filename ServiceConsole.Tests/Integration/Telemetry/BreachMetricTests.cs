using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Telemetry;

namespace ServiceConsole.Tests.Integration.Telemetry;

/// <summary>The SLA breach counter on a fake clock: a committed breach counts once under its rule; a warning does not count.</summary>
public sealed class BreachMetricTests(BreachMetricTests.Factory factory) : IClassFixture<BreachMetricTests.Factory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor AgentA001 = new("agent", "A001", ActsOnlyAsAgent: true);

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_breached_callback_promise_counts_once_under_its_rule_and_its_warning_not_at_all()
    {
        await factory.SeedAgentAsync("A001", "online");
        using var capture = new MeterCapture(factory.Services, ConsoleMetrics.SlaBreachesName);
        var api = factory.CreateApiClient();
        var contact = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "telemetry-breach-1", channel = "online", customerName = "王女士", customerPhone = "13800138000", agentCode = "A001",
        });
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var task = (await factory.Services.GetRequiredService<CallbackService>().PromiseAsync(contactId, "A001", AgentA001)).Value!;
        var clocks = factory.Services.GetRequiredService<CallbackClockService>();

        factory.Clock.SetUtcNow(task.DueAt);
        Assert.True(await clocks.WarnAsync(task.Id, task.DueAt));
        factory.Clock.SetUtcNow(task.DueAt.AddMilliseconds(1));
        Assert.True(await clocks.BreachAsync(task.Id));
        Assert.False(await clocks.BreachAsync(task.Id));

        // Only the callback's clock is under test: with the fake clock now past the promise, the contact's own
        // first-response target has passed too, and the first-response sweep (every few real seconds) may rightly
        // count that breach under its own rule while this test waits.
        IEnumerable<MeterCapture.Recorded> Callbacks() => capture.Measurements.Where(m => m.Tags["subject"] == "callback");
        await Eventually.True(() => Callbacks().Any(), because: "the breach to be counted");
        await Task.Delay(200); // a second count, if there were one, would come from the same publish
        var breach = Assert.Single(Callbacks());
        Assert.Equal(1, breach.Value);
        Assert.Equal("SVC-05", breach.Tags["rule"]);
        Assert.Equal("promise", breach.Tags["clock"]);
        Assert.Equal("callback", breach.Tags["subject"]);
    }
}
