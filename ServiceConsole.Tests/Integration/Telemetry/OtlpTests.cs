using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Telemetry;

namespace ServiceConsole.Tests.Integration.Telemetry;

/// <summary>With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set the console also traces and pushes over OTLP; a collector that is down costs nothing but log lines.</summary>
[Collection(ExporterCollection.Name)]
public sealed class OtlpTests(OtlpTests.Factory factory) : IClassFixture<OtlpTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        // Nothing listens there: the exporter's failures must not reach a request.
        public Factory() => Settings[TelemetryFeature.OtlpEndpointKey] = "http://127.0.0.1:9";
    }

    [Fact]
    public async Task An_otlp_endpoint_turns_tracing_on_and_requests_still_answer()
    {
        Assert.NotNull(factory.Services.GetService<TracerProvider>());

        var health = await factory.CreateClient().GetAsync("/healthz");
        var scrape = await factory.CreateApiClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
    }
}
