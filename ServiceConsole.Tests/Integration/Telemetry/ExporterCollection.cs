namespace ServiceConsole.Tests.Integration.Telemetry;

/// <summary>
/// The tests that read what an OpenTelemetry exporter (the Prometheus scrape, OTLP) sends run on their own, after the
/// parallel collections. In one process, disposing a <c>Meter</c> stops every same-named meter's streams in every
/// <c>MeterProvider</c> (open-telemetry/opentelemetry-dotnet#6412): while other test hosts were being disposed
/// alongside, one CI scrape carried none of its own host's <c>ServiceConsole</c> and <c>http.server</c> series. A
/// console in production is one host in its process, so this is the tests' arrangement, not the product's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExporterCollection
{
    public const string Name = "Telemetry exporters";
}
