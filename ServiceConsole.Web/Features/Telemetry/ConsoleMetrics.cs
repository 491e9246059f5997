using System.Diagnostics;
using System.Diagnostics.Metrics;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Features.Telemetry;

/// <summary>
/// The console's own instruments, all on the meter <see cref="MeterName"/>. Every name, unit and tag is listed in
/// <c>docs/operations.md</c>; a Prometheus scrape (<c>/metrics</c>) spells them with underscores, a unit suffix and
/// <c>_total</c> for counters (<c>serviceconsole.contacts.ingested</c> → <c>serviceconsole_contacts_ingested_total</c>).
/// </summary>
/// <remarks>
/// One singleton per host, built through <see cref="IMeterFactory"/> so that two hosts in one process (the tests) keep
/// their measurements apart. The observable queue gauges read <see cref="QueueLengths"/>, never the database.
/// </remarks>
public sealed class ConsoleMetrics
{
    /// <summary>The meter every console instrument lives on (and the name the exporters subscribe to).</summary>
    public const string MeterName = "ServiceConsole";

    public const string ContactsIngestedName = "serviceconsole.contacts.ingested";
    public const string CommitBatchSizeName = "serviceconsole.write.commit.batch_size";
    public const string WriteWaitName = "serviceconsole.write.wait";
    public const string OpenCircuitsName = "serviceconsole.circuits.open";
    public const string SlaBreachesName = "serviceconsole.sla.breaches";
    public const string QueueLengthName = "serviceconsole.queue.length";
    public const string QueueWaitingName = "serviceconsole.queue.waiting";
    public const string ClockLatenessName = "serviceconsole.clock.lateness";

    /// <summary>Bucket bounds of the commit batch size: powers of two up to a burst far beyond the measured target.</summary>
    internal static readonly int[] BatchSizeBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

    /// <summary>Bucket bounds (ms) of the write wait: from an uncontended gate to the SQLite busy timeout.</summary>
    internal static readonly double[] WriteWaitBuckets = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000];

    /// <summary>Bucket bounds (ms) of clock lateness: around the 250 ms target of the benchmark up to the 30 s misfire threshold.</summary>
    internal static readonly double[] LatenessBuckets = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000];

    private readonly Counter<long> _contactsIngested;
    private readonly Histogram<int> _commitBatchSize;
    private readonly Histogram<double> _writeWait;
    private readonly UpDownCounter<long> _openCircuits;
    private readonly Counter<long> _slaBreaches;
    private readonly Histogram<double> _clockLateness;

    public ConsoleMetrics(IMeterFactory meterFactory, QueueLengths queues)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(queues);
        var meter = meterFactory.Create(MeterName);

        _contactsIngested = meter.CreateCounter<long>(
            ContactsIngestedName, "{contact}", "Contacts stored by ingest (API, counter, chat), drills excluded; a retried externalId counts once.");
        _commitBatchSize = meter.CreateHistogram(
            CommitBatchSizeName, "{request}", "Write requests committed together in one transaction (group commit).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = BatchSizeBuckets });
        _writeWait = meter.CreateHistogram(
            WriteWaitName, "ms", "How long a write request waited before its work began (the write gate or the group-commit queue).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WriteWaitBuckets });
        _openCircuits = meter.CreateUpDownCounter<long>(
            OpenCircuitsName, "{circuit}", "Blazor Server circuits (open console windows) on this node.");
        _slaBreaches = meter.CreateCounter<long>(
            SlaBreachesName, "{breach}", "Deadline breaches raised as alerts, by rule (SVC-01, CMP-05…), drills excluded.");
        _clockLateness = meter.CreateHistogram(
            ClockLatenessName, "ms", "Quartz job fire time minus its trigger's scheduled fire time.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatenessBuckets });

        meter.CreateObservableGauge(
            QueueLengthName, queues.ByTeam, "{contact}", "Waiting contacts in the queues of each team's agents (from the board's cached snapshot).");
        meter.CreateObservableGauge(
            QueueWaitingName, queues.Total, "{contact}", "Waiting contacts in the centre, assigned or not (from the board's cached snapshot).");
    }

    /// <summary>A contact was stored (not a retry of one already stored).</summary>
    public void ContactIngested(Channel channel) =>
        _contactsIngested.Add(1, new KeyValuePair<string, object?>("channel", WireNames.ToWire(channel)));

    /// <summary>One commit of the write path held <paramref name="batchSize"/> requests (1 without group commit).</summary>
    public void RecordCommit(int batchSize) => _commitBatchSize.Record(batchSize);

    /// <summary>A write request waited <paramref name="wait"/> before its work began.</summary>
    public void RecordWriteWait(TimeSpan wait) => _writeWait.Record(wait.TotalMilliseconds);

    internal void CircuitOpened() => _openCircuits.Add(1);

    internal void CircuitClosed() => _openCircuits.Add(-1);

    /// <summary>A breach alert was committed for <paramref name="ruleId"/>.</summary>
    public void SlaBreached(string ruleId, string clock, string subject)
    {
        var tags = new TagList
        {
            { "rule", ruleId },
            { "clock", clock },
            { "subject", subject },
        };
        _slaBreaches.Add(1, tags);
    }

    /// <summary>A Quartz job of <paramref name="group"/> fired <paramref name="lateness"/> after its scheduled time.</summary>
    public void ClockFired(string group, TimeSpan lateness) =>
        _clockLateness.Record(lateness.TotalMilliseconds, new KeyValuePair<string, object?>("group", group));
}
