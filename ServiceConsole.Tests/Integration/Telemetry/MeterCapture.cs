using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Features.Telemetry;

namespace ServiceConsole.Tests.Integration.Telemetry;

/// <summary>
/// Listens to one instrument of the console's meter in ONE test host: meters built by a host's <see cref="IMeterFactory"/>
/// carry that factory as their scope, so measurements of other hosts running in parallel are left out.
/// </summary>
internal sealed class MeterCapture : IDisposable
{
    private readonly MeterListener _listener = new();

    public MeterCapture(IServiceProvider services, string instrument)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Name == ConsoleMetrics.MeterName && ReferenceEquals(published.Meter.Scope, factory) && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Add(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, _) => Add(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Add(value, tags));
        _listener.Start();
    }

    public ConcurrentQueue<Recorded> Measurements { get; } = new();

    /// <summary>Asks the observable instruments (the queue gauges) for their values now; they land in <see cref="Measurements"/>.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>();
        foreach (var (key, tag) in tags)
        {
            copy[key] = tag?.ToString();
        }

        Measurements.Enqueue(new Recorded(value, copy));
    }

    public sealed record Recorded(double Value, IReadOnlyDictionary<string, string?> Tags);
}
