using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Quartz;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Telemetry;

namespace ServiceConsole.Tests.Integration.Telemetry;

/// <summary>
/// The console's telemetry on the real app: the Prometheus scrape at <c>/metrics</c> and who may read it, the console's
/// own instruments, the clock-lateness listener on the real scheduler, and trace ids on log lines.
/// </summary>
[Collection(ExporterCollection.Name)]
public sealed partial class TelemetryTests(TelemetryTests.Factory factory) : IClassFixture<TelemetryTests.Factory>
{
    /// <summary>The real console with every log line also kept in memory, scopes included.</summary>
    public sealed class Factory : ConsoleAppFactory
    {
        // The queue gauges follow the board's snapshot; a short quiet refresh lets a test see a new contact soon.
        public Factory() => Settings["ServiceConsole:Board:QuietRefreshSeconds"] = "1";

        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(Logs);
                logging.AddFilter<LogCapture>(null, LogLevel.Information);
            });
        }
    }

    [Fact]
    public async Task Metrics_serves_prometheus_text_with_the_contacts_ingested_by_channel_and_the_framework_meters()
    {
        var api = factory.CreateApiClient();
        var posted = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "telemetry-scrape-1", channel = "phone", customerName = "赵先生", customerPhone = "13600136000",
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        // The exporter caches a scrape for 300 ms.
        string text = "";
        await Eventually.Assert(async () =>
        {
            var response = await api.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync();
            Assert.True(Sample(text, "serviceconsole_contacts_ingested_total", "channel=\"phone\"") >= 1, text);
        }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(400));

        Assert.Contains("# TYPE serviceconsole_contacts_ingested_total counter", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal);
        Assert.Contains("aspnetcore_routing_match_attempts_total", text, StringComparison.Ordinal);
        Assert.Contains("microsoft_entityframeworkcore_savechanges_total", text, StringComparison.Ordinal);
    }

    // The gauge's agent and contacts are on the one channel no other test of this class uses (offline): an unassigned
    // phone contact left by the scrape test was routed to a phone agent seeded here once it came on, which made this
    // queue 3, not 2, whenever that test ran first. The gauge is read through this host's own instruments, not the
    // Prometheus text (see ExporterCollection for why a scrape once lacked this host's meters); the scrape test covers the text.
    [Fact]
    public async Task The_queue_gauge_reports_each_teams_waiting_contacts_from_the_boards_snapshot()
    {
        await factory.SeedAgentAsync("A301", "offline", team: "T-queue");
        var api = factory.CreateApiClient();
        foreach (var id in new[] { "telemetry-queue-1", "telemetry-queue-2" })
        {
            var posted = await api.PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = id, channel = "offline", customerName = "孙先生", customerPhone = "13500135000", agentCode = "A301",
            });
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        using var byTeam = new MeterCapture(factory.Services, ConsoleMetrics.QueueLengthName);
        using var total = new MeterCapture(factory.Services, ConsoleMetrics.QueueWaitingName);
        await Eventually.Assert(() =>
        {
            byTeam.Measurements.Clear();
            total.Measurements.Clear();
            byTeam.Observe();
            total.Observe();
            var because = string.Join('\n', factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message}"));
            var team = Assert.Single(byTeam.Measurements, m => m.Tags.GetValueOrDefault("team") == "T-queue");
            Assert.True(team.Value == 2, $"T-queue reads {team.Value}\n{because}");
            Assert.Equal("offline", team.Tags["channel"]);
            Assert.True(Assert.Single(total.Measurements).Value >= 2, because);
            return Task.CompletedTask;
        }, TimeSpan.FromSeconds(45), TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task An_open_circuit_counts_once_until_it_closes()
    {
        using var capture = new MeterCapture(factory.Services, ConsoleMetrics.OpenCircuitsName);
        var handler = new CircuitMetricsHandler(factory.Services.GetRequiredService<ConsoleMetrics>());

        await handler.OnCircuitOpenedAsync(null!, CancellationToken.None);
        await handler.OnCircuitOpenedAsync(null!, CancellationToken.None);
        await handler.OnCircuitClosedAsync(null!, CancellationToken.None);
        await handler.OnCircuitClosedAsync(null!, CancellationToken.None);

        Assert.Equal([1.0, -1.0], capture.Measurements.Select(m => m.Value));
    }

    [Fact]
    public async Task A_retried_contact_is_not_counted_twice()
    {
        using var capture = new MeterCapture(factory.Services, ConsoleMetrics.ContactsIngestedName);
        var api = factory.CreateApiClient();
        var contact = new { externalId = "telemetry-retry-1", channel = "online", customerName = "钱女士", customerPhone = "13700137000" };

        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/contacts", contact)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/contacts", contact)).StatusCode);

        var counted = Assert.Single(capture.Measurements);
        Assert.Equal(1, counted.Value);
        Assert.Equal("online", counted.Tags["channel"]);
    }

    [Fact]
    public async Task The_write_paths_group_commits_reach_the_scrape_as_batch_sizes_and_write_waits()
    {
        var writes = factory.Services.GetRequiredService<WritePath>();
        using var sizes = new MeterCapture(factory.Services, ConsoleMetrics.CommitBatchSizeName);
        using var waits = new MeterCapture(factory.Services, ConsoleMetrics.WriteWaitName);

        await writes.ApplyAsync(_ => Task.FromResult(true)); // a real write through the real path, nothing stored

        await Eventually.True(() => !sizes.Measurements.IsEmpty && !waits.Measurements.IsEmpty);
        Assert.Contains(sizes.Measurements, m => m.Value >= 1);
        Assert.All(waits.Measurements, m => Assert.True(m.Value >= 0));
        var api = factory.CreateApiClient();
        await Eventually.Assert(async () =>
        {
            var text = await api.GetStringAsync("/metrics");
            Assert.True(Sample(text, "serviceconsole_write_commit_batch_size_count", "") >= 1, text);
            Assert.True(Sample(text, "serviceconsole_write_wait_milliseconds_count", "") >= 1, text);
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task Metrics_answers_401_to_a_remote_caller_without_the_api_key()
    {
        // The test server's requests come from no address at all: not this machine.
        var response = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("127.0.0.1", "X-Forwarded-For", false)]
    [InlineData("127.0.0.1", "Forwarded", false)]
    [InlineData("10.1.2.3", null, false)]
    public void Only_a_scraper_on_this_machine_reads_metrics_without_the_key(string address, string? proxyHeader, bool local)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (proxyHeader is not null)
        {
            context.Request.Headers[proxyHeader] = "203.0.113.9";
        }

        Assert.Equal(local, TelemetryFeature.IsLocalScraper(context));
    }

    [Fact]
    public async Task A_job_firing_records_its_lateness_under_its_group()
    {
        using var capture = new MeterCapture(factory.Services, ConsoleMetrics.ClockLatenessName);
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = JobBuilder.Create<ProbeJob>().WithIdentity("probe", "telemetry-probe").Build();
        var trigger = TriggerBuilder.Create().WithIdentity("probe", "telemetry-probe").StartNow().Build();

        await scheduler.ScheduleJob(job, trigger);

        await Eventually.True(() => capture.Measurements.Any(m => m.Tags["group"] == "telemetry-probe"), TimeSpan.FromSeconds(20), "the probe job to fire");
        var lateness = capture.Measurements.First(m => m.Tags["group"] == "telemetry-probe").Value;
        Assert.InRange(lateness, 0, TimeSpan.FromSeconds(30).TotalMilliseconds);
    }

    [Fact]
    public async Task A_log_line_written_inside_a_request_carries_the_requests_trace_id()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(factory.Logs.Entries, e => e.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && e.Message.Contains("/healthz - 200", StringComparison.Ordinal) && e.Scopes.GetValueOrDefault("TraceId") == traceId);
        Assert.Matches("^[0-9a-f]{16}$", line.Scopes["SpanId"]);
    }

    [Fact]
    public void Json_console_logs_include_the_scopes_that_carry_the_trace_id()
    {
        var json = factory.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }

    [Fact]
    public void Traces_are_collected_only_when_an_otlp_endpoint_is_configured()
    {
        Assert.Null(factory.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }

    /// <summary>The value of the first sample of <paramref name="metric"/> whose labels contain <paramref name="label"/>; null when none.</summary>
    private static double? Sample(string text, string metric, string label)
    {
        foreach (Match match in SampleLine().Matches(text))
        {
            if (match.Groups["name"].Value == metric && match.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            {
                return double.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();

    /// <summary>Does nothing: the listener, not the job, is under test.</summary>
    public sealed class ProbeJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => default;
    }
}
