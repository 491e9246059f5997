using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Features.Retention;

/// <summary>
/// INF-08: destroys what the centre may no longer keep and writes a destruction record per run.
/// <list type="bullet">
/// <item><b>Service records</b> (kept <c>Policy:Information:ServiceRecordRetentionYears</c>, 1 year) are gone once
/// they were finished before the service cut-off: complaints <i>closed</i> before it (with their history, rounds,
/// evidence, breaches and accountability); callbacks done before it, or never done and due before it, unless their
/// complaint is still kept; contacts closed before it, or never closed and arrived before it, unless a kept callback
/// points at them; clock alerts raised before it; weather return/redirect requests done (or, never done, recorded)
/// before it; outages restored before it (with their paper-form lines); mass-complaint incidents closed before it
/// (with their links and notification tasks); drill runs ended before it. A complaint that is not closed is kept
/// however old: it is still owed work, and so is its customer.</item>
/// <item><b>Customer data</b> (kept <c>CustomerRetentionYears</c>, 2 years): a customer row last seen before the
/// customer cut-off and with no contact, complaint or weather request left that names its phone.</item>
/// <item><b>Logistics data</b> (<c>LogisticsRetentionYears</c>, 2 years): the console keeps none of its own; tracking,
/// weight and signature live in the logistics system, and the waybill number a service record carries goes with
/// that record.</item>
/// </list>
/// Drills are included: rows a drill generated follow the same rules as real ones. The cut-offs are the same
/// wall-clock time in the centre's zone, so many years earlier, and are fixed when the run starts. Each batch (at
/// most <c>ServiceConsole:Retention:BatchSize</c> rows of one kind) is deleted through the <see cref="WritePath"/>
/// together with the run's counter for that kind, in one transaction: a run killed part-way keeps exactly the
/// counts of what is gone, and the next start resumes that run, with its cut-offs, instead of opening another.
/// </summary>
public sealed class RetentionPurge(
    WritePath writes,
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IOptions<PolicyOptions> policy,
    IOptions<RetentionOptions> options,
    CentreTimeZone centre,
    TimeProvider time,
    IAuditTrail audit,
    ILogger<RetentionPurge> logger)
{
    public const string Completed = "completed";
    public const string Running = "running";
    public const string Interrupted = "interrupted";

    private static readonly IReadOnlyList<PurgeKind> Kinds =
    [
        Kind("complaints", r => r.Complaints, (r, n) => r.Complaints += n, (db, r) =>
            db.Complaints.Where(c => c.Status == ComplaintStatus.Closed && c.ClosedAt < r.ServiceCutoff).OrderBy(x => x.Id)),
        Kind("callbacks", r => r.Callbacks, (r, n) => r.Callbacks += n, (db, r) =>
            db.Callbacks.Where(t => (t.DoneAt < r.ServiceCutoff || (t.DoneAt == null && t.DueAt < r.ServiceCutoff))
                && (t.ComplaintId == null || !db.Complaints.Any(c => c.Id == t.ComplaintId))).OrderBy(x => x.Id)),
        Kind("contacts", r => r.Contacts, (r, n) => r.Contacts += n, (db, r) =>
            db.Contacts.Where(c => (c.ClosedAt < r.ServiceCutoff || (c.ClosedAt == null && c.ArrivedAt < r.ServiceCutoff))
                && !db.Callbacks.Any(t => t.ContactId == c.Id)).OrderBy(x => x.Id)),
        Kind("alerts", r => r.Alerts, (r, n) => r.Alerts += n, (db, r) =>
            db.Alerts.Where(a => a.RaisedAt < r.ServiceCutoff).OrderBy(x => x.Id)),
        Kind("weatherRequests", r => r.WeatherRequests, (r, n) => r.WeatherRequests += n, (db, r) =>
            db.WeatherRequests.Where(w => w.DoneAt < r.ServiceCutoff || (w.DoneAt == null && w.RecordedAt < r.ServiceCutoff)).OrderBy(x => x.Id)),
        Kind("outages", r => r.Outages, (r, n) => r.Outages += n, (db, r) =>
            db.Outages.Where(o => o.RestoredAt < r.ServiceCutoff).OrderBy(x => x.Id)),
        Kind("massIncidents", r => r.MassIncidents, (r, n) => r.MassIncidents += n, (db, r) =>
            db.MassIncidents.Where(m => m.ClosedAt < r.ServiceCutoff).OrderBy(x => x.Id)),
        Kind("drillRuns", r => r.DrillRuns, (r, n) => r.DrillRuns += n, (db, r) =>
            db.DrillRuns.Where(d => d.EndedAt < r.ServiceCutoff).OrderBy(x => x.Id)),
        Kind("customers", r => r.Customers, (r, n) => r.Customers += n, (db, r) =>
            db.Customers.Where(c => c.LastSeenAt < r.CustomerCutoff
                && !db.Contacts.Any(x => x.CustomerPhone == c.Phone)
                && !db.Complaints.Any(x => x.CustomerPhone == c.Phone)
                && !db.WeatherRequests.Any(x => x.CustomerPhone == c.Phone)).OrderBy(x => x.Id)),
    ];

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private Guid? _active;

    /// <summary>The kinds a run counts, in the order it destroys them (dependents before what they point at).</summary>
    public static IEnumerable<string> KindNames => Kinds.Select(k => k.Name);

    /// <summary>Test seam: runs inside each batch's transaction after its deletions are saved, before the commit.</summary>
    internal Func<string, int, Task>? BatchSaved { get; set; }

    /// <summary>
    /// Runs the purge to the end: resumes an unfinished run, or starts one with today's cut-offs. Returns null when a
    /// purge is already running in this process (the nightly job and an admin's "run now" never overlap).
    /// </summary>
    public async Task<RetentionRunResource?> RunAsync(string startedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(startedBy);
        if (!await _oneAtATime.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return null;
        }

        try
        {
            var run = await writes.ApplyAsync(scope => StartOrResumeAsync(scope, startedBy), cancellationToken);
            _active = run.Id;
            var batchSize = options.Value.BatchSize;
            foreach (var kind in Kinds)
            {
                int deleted;
                do
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    deleted = await writes.ApplyAsync(scope => PurgeBatchAsync(scope, run.Id, kind, batchSize), cancellationToken);
                }
                while (deleted == batchSize);
            }

            var finished = await writes.ApplyAsync(scope => FinishAsync(scope, run.Id), cancellationToken);
            logger.LogInformation("Retention run {RunId} finished: {Counts}", finished.Id, CountsText(finished));
            await AuditAsync(finished, cancellationToken);
            return ToResource(finished);
        }
        finally
        {
            _active = null;
            _oneAtATime.Release();
        }
    }

    /// <summary>The destruction records, newest first.</summary>
    public async Task<IReadOnlyList<RetentionRunResource>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.RetentionRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .Take(options.Value.HistoryLimit)
            .ToListAsync(cancellationToken);
        return [.. runs.Select(ToResource)];
    }

    /// <summary>Whether a run is waiting to be resumed (killed or failed part-way).</summary>
    public async Task<bool> HasUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.RetentionRuns.AnyAsync(r => r.FinishedAt == null, cancellationToken);
    }

    /// <summary>The cut-offs a run starting at <paramref name="now"/> applies: the same wall-clock time in the centre's zone, years earlier.</summary>
    public RetentionCutoffs CutoffsAt(DateTimeOffset now)
    {
        var information = policy.Value.Information;
        var local = centre.ToLocal(now);
        return new RetentionCutoffs(
            local.AddYears(-information.CustomerRetentionYears).ToUniversalTime(),
            local.AddYears(-information.ServiceRecordRetentionYears).ToUniversalTime());
    }

    private async Task<RetentionRun> StartOrResumeAsync(WriteScope scope, string startedBy)
    {
        var unfinished = await scope.Db.RetentionRuns
            .Where(r => r.FinishedAt == null)
            .OrderBy(r => r.StartedAt)
            .FirstOrDefaultAsync(scope.CancellationToken);
        if (unfinished is not null)
        {
            unfinished.Resumes++;
            logger.LogWarning("Retention run {RunId} from {StartedAt} was interrupted; resuming it", unfinished.Id, unfinished.StartedAt);
            return unfinished;
        }

        var now = time.GetUtcNow();
        var cutoffs = CutoffsAt(now);
        var run = new RetentionRun
        {
            Id = Guid.CreateVersion7(now),
            StartedBy = startedBy.Length > RetentionRun.MaxStartedByLength ? startedBy[..RetentionRun.MaxStartedByLength] : startedBy,
            StartedAt = now,
            CustomerCutoff = cutoffs.CustomerData,
            ServiceCutoff = cutoffs.ServiceRecords,
        };
        scope.Db.RetentionRuns.Add(run);
        return run;
    }

    private async Task<int> PurgeBatchAsync(WriteScope scope, Guid runId, PurgeKind kind, int batchSize)
    {
        var run = await scope.Db.RetentionRuns.SingleAsync(r => r.Id == runId, scope.CancellationToken);
        var deleted = await kind.RemoveBatchAsync(scope.Db, run, batchSize, scope.CancellationToken);
        if (deleted == 0)
        {
            return 0;
        }

        kind.Add(run, deleted);
        await scope.SaveAsync();
        if (BatchSaved is { } hook)
        {
            await hook(kind.Name, deleted);
        }

        return deleted;
    }

    private async Task<RetentionRun> FinishAsync(WriteScope scope, Guid runId)
    {
        var run = await scope.Db.RetentionRuns.SingleAsync(r => r.Id == runId, scope.CancellationToken);
        run.FinishedAt = time.GetUtcNow();
        return run;
    }

    private async Task AuditAsync(RetentionRun run, CancellationToken cancellationToken)
    {
        // INF-05/08: one audit row per run, counts and cut-offs only; recorded after the run's last commit, outside the gate.
        await audit.RecordAsync(
            new AuditEvent(run.StartedBy, AuditActions.Purge, Subject: $"retention-run:{run.Id}", Detail: CountsText(run)),
            cancellationToken);
    }

    private RetentionRunResource ToResource(RetentionRun run) => new(
        run.Id,
        run.StartedBy,
        run.StartedAt,
        run.FinishedAt,
        new RetentionCutoffs(run.CustomerCutoff, run.ServiceCutoff),
        Kinds.ToDictionary(k => k.Name, k => k.Get(run), StringComparer.Ordinal),
        run.Resumes,
        run.FinishedAt is not null ? Completed : _active == run.Id ? Running : Interrupted);

    private static string CountsText(RetentionRun run) =>
        string.Join(' ', Kinds.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Name}={k.Get(run)}")))
        + string.Create(CultureInfo.InvariantCulture, $" customerCutoff={run.CustomerCutoff:O} serviceCutoff={run.ServiceCutoff:O}");

    private static PurgeKind Kind<T>(
        string name, Func<RetentionRun, int> get, Action<RetentionRun, int> add, Func<ConsoleDbContext, RetentionRun, IQueryable<T>> expired)
        where T : class => new PurgeKind<T>(name, get, add, expired);

    /// <summary>One kind of data: its wire name and its counter on the run.</summary>
    private abstract class PurgeKind(string name, Func<RetentionRun, int> get, Action<RetentionRun, int> add)
    {
        public string Name => name;

        public int Get(RetentionRun run) => get(run);

        public void Add(RetentionRun run, int count) => add(run, count);

        public abstract Task<int> RemoveBatchAsync(ConsoleDbContext db, RetentionRun run, int batchSize, CancellationToken cancellationToken);
    }

    /// <summary>A kind's rows past their time (ordered by id, so batches are stable).</summary>
    private sealed class PurgeKind<T>(
        string name, Func<RetentionRun, int> get, Action<RetentionRun, int> add, Func<ConsoleDbContext, RetentionRun, IQueryable<T>> expired)
        : PurgeKind(name, get, add)
        where T : class
    {
        public override async Task<int> RemoveBatchAsync(ConsoleDbContext db, RetentionRun run, int batchSize, CancellationToken cancellationToken)
        {
            // Tracked and removed through the model, so owned rows (a complaint's history, an outage's paper-form lines) go too.
            var rows = await expired(db, run).Take(batchSize).ToListAsync(cancellationToken);
            db.RemoveRange(rows);
            return rows.Count;
        }
    }
}
