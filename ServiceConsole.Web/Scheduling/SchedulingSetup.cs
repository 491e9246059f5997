using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Quartz;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Telemetry;

namespace ServiceConsole.Web.Scheduling;

/// <summary>
/// Registers ServiceConsole's Quartz.NET 4.7 scheduler: a persistent ADO.NET job store in the app's
/// database (SQLite through Microsoft.Data.Sqlite, or PostgreSQL through Npgsql, clustered; decision 0010),
/// started and stopped with the host.
/// </summary>
/// <remarks>
/// The QRTZ_ tables must exist before the host starts: the job store validates the schema when the
/// hosted service builds the scheduler and refuses to start otherwise. They are created by the EF Core
/// migration that runs <c>Data/Sql/quartz-sqlite.sql</c> (on PostgreSQL <c>Data/Sql/quartz-postgres.sql</c>, with the
/// QRTZ_LOCKS rows seeded), so apply migrations before <c>app.Run()</c>.
/// </remarks>
public static class SchedulingSetup
{
    /// <summary>
    /// Quartz scheduler name; it is the SCHED_NAME of every QRTZ_ row, so renaming it orphans the stored
    /// schedule.
    /// </summary>
    public const string SchedulerName = "ServiceConsole";

    /// <summary>Configuration key of the clustering switch (bool; default true on PostgreSQL, refused on SQLite).</summary>
    public const string ClusteredConfigurationKey = "ServiceConsole:Scheduler:Clustered";

    /// <summary>Configuration key of the number of Quartz worker threads per node (int ≥ 1; default by provider, below).</summary>
    public const string MaxConcurrencyConfigurationKey = "ServiceConsole:Scheduler:MaxConcurrency";

    /// <summary>
    /// Worker threads on SQLite. SQLite admits one writer at a time (Quartz serializes every store call on SQLite
    /// anyway), so more concurrent jobs would mostly queue on the database: 8 threads measured no better than 2
    /// (docs/benchmarks.md, firing lateness).
    /// </summary>
    internal const int SqliteMaxConcurrency = 2;

    /// <summary>
    /// Worker threads per node on PostgreSQL. A fire there is a few round trips to the server, each node's jobs'
    /// writes are committed together by the write path, and Quartz acquires as many due triggers in one round as it
    /// has free threads (its automatic batch size): with 2 threads the two-node cluster fired 63 clocks a second, too
    /// few for a mass incident's 100 (docs/benchmarks.md, firing lateness on the two-node cluster).
    /// </summary>
    internal const int PostgresMaxConcurrency = 8;

    /// <summary>
    /// How long a Quartz statement waits on SQLite's write lock (SQLITE_BUSY) before failing, when the
    /// connection string does not say. Microsoft.Data.Sqlite retries a busy statement, and the
    /// BEGIN IMMEDIATE that opens a transaction, until this runs out; Quartz then retries the failed
    /// operation as transient (3 times, 1 s apart). It is the driver's default too: we state it because
    /// the scheduler depends on it (with 1 s, EF Core and Quartz both failed "database is locked" under
    /// write load in the verification run).
    /// </summary>
    internal const int BusyTimeoutSeconds = 30;

    /// <summary>
    /// A trigger later than this is handed to its misfire instruction instead of firing as if on time.
    /// 30 s absorbs a short wait for one of the two job slots or for the SQLite write lock, while a
    /// trigger missed during a restart is still picked up by the misfire pass soon after start.
    /// </summary>
    internal static readonly TimeSpan MisfireThreshold = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a clustered node records in QRTZ_SCHEDULER_STATE that it is alive. With the threshold below, a node
    /// that died (kill -9) has its in-flight and due triggers taken over by another node at most about 30 s later:
    /// the time a callback due while its node is down may fire late, once.
    /// </summary>
    internal static readonly TimeSpan ClusterCheckinInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far past a missed check-in the other nodes wait before they recover the silent node's work. 20 s rides
    /// out a long garbage collection or a database blip without recovering a node that is still working.
    /// </summary>
    internal static readonly TimeSpan ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(20);

    public static IServiceCollection AddServiceConsoleScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var provider = DatabaseProviders.From(configuration);
        var postgres = provider == DatabaseProvider.Postgres;
        var connectionString = DataSetup.ConnectionString(configuration, provider);

        // ---- CLUSTERING ------------------------------------------------------------------------------
        // On PostgreSQL the nodes of a cluster share one store, so clustering is on unless switched off (one node
        // alone on its PostgreSQL database may say false). Quartz 4.7.3 refuses a clustered SQLite store at scheduler
        // start ("SQLite cannot be used as clustered mode"), so on SQLite we fail here, at registration, with the reason.
        var clustered = configuration.GetValue<bool?>(ClusteredConfigurationKey) ?? postgres;
        if (clustered && !postgres)
        {
            throw new InvalidOperationException(
                $"{ClusteredConfigurationKey}=true needs a database with row locks (PostgreSQL); " +
                "the Quartz job store is on SQLite, which Quartz cannot cluster.");
        }

        var maxConcurrency = configuration.GetValue<int?>(MaxConcurrencyConfigurationKey)
            ?? (postgres ? PostgresMaxConcurrency : SqliteMaxConcurrency);
        if (maxConcurrency < 1)
        {
            throw new InvalidOperationException($"{MaxConcurrencyConfigurationKey} must be at least 1 (was {maxConcurrency}).");
        }

        // Quartz 4 takes its clock from the container (a TimeProvider keyed to the scheduler, else the
        // unkeyed one, else TimeProvider.System), so the app's TimeProvider reaches it without wiring.
        // Not q.UseTimeProvider(...): for the default scheduler that Replace()s the container's
        // TimeProvider registration, which would clobber a FakeTimeProvider a test registered.
        services.TryAddSingleton(TimeProvider.System);

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;

                // Quartz 4 spelling of "instanceId = AUTO". Quartz only generates an id for a clustered
                // store; unclustered it stays NON_CLUSTERED, which is what restart recovery expects.
                // (A literal InstanceId = "AUTO" would be taken as the id itself.)
                scheduler.GenerateInstanceId = true;
            });

            // Quartz 4.7 acquires up to this many due triggers in one round on a persistent store (MaxBatchSize 0,
            // automatic, is the pool's size), with no fire-ahead window: a batch holds only triggers already due,
            // so nothing fires early.
            quartz.UseDefaultThreadPool(maxConcurrency);

            // Every job's lateness (fire time − scheduled time) goes to the clock-lateness histogram (Features/Telemetry/).
            quartz.AddJobListener<ClockLatenessListener>(GroupMatcher<JobKey>.AnyGroup());

            quartz.UsePersistentStore(store =>
            {
                // The factory overloads: no driver lookup by type name (trim-safe), and they cannot pick
                // System.Data.SQLite or another PostgreSQL driver by mistake.
                if (postgres)
                {
                    store.UsePostgres(NpgsqlFactory.Instance, connectionString);
                }
                else
                {
                    // SQLite's own busy handler on each connection, shared with EF Core (see SqliteBusyTimeout).
                    store.UseSqlite(SqliteBusyTimeout.Factory.Instance, BuildQuartzConnectionString(connectionString));
                }

                // Built into the Quartz 4 package (and its default); stated so stored job data never
                // depends on a default changing.
                store.UseSystemTextJsonSerializer();

                store.ConfigureStore(options =>
                {
                    options.MisfireThreshold = MisfireThreshold;

                    // The schema belongs to our EF migration: check it at startup, never create it.
                    options.SchemaProvisioning = SchemaProvisioning.Validate;

                    if (postgres)
                    {
                        // Quartz's default, stated: PostgreSQL's row locks (SELECT ... FOR UPDATE on the seeded
                        // QRTZ_LOCKS rows) and the store's compare-and-swap claims order the nodes; serializable
                        // would only add serialization failures to retry.
                        options.TransactionIsolationLevel = IsolationLevel.ReadCommitted;
                        return;
                    }

                    // No lock handler is configured on purpose. With the SQLite delegate Quartz always
                    // swaps in its internal SqliteLockHandler: one in-process gate for every store
                    // operation and no QRTZ_LOCKS row lock (SQLite has no SELECT ... FOR UPDATE; the
                    // 3.x UpdateLockRowSemaphore/StdRowLockSemaphore are UpdateRowLockHandler and
                    // SelectForUpdateLockHandler in 4.x and would be replaced anyway). It also forces
                    // the two settings below; we state them so the configuration reads as what runs.
                    // Serializable makes Microsoft.Data.Sqlite open each Quartz transaction with
                    // BEGIN IMMEDIATE, i.e. it takes the write lock up front and cannot deadlock on a
                    // read-to-write upgrade against EF Core.
                    options.AcquireTriggersWithinLock = true;
                    options.TransactionIsolationLevel = IsolationLevel.Serializable;
                });

                if (clustered)
                {
                    // PostgreSQL only (see the guard above). Clustering also turns on database row locks and
                    // makes GenerateInstanceId produce a per-node id (instanceId AUTO).
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = ClusterCheckinMisfireThreshold;
                    });
                }
            });
        });

        // Starts the scheduler once the app has started and, on shutdown, lets running jobs finish
        // instead of cancelling them. The wait is bounded by HostOptions.ShutdownTimeout (30 s by
        // default); a job still running then dies with the process and, if it RequestsRecovery, runs
        // again at the next start.
        services.AddQuartzHostedService(options => { options.WaitForJobsToComplete = true; });

        // The durable clocks of every capability schedule through this one engine (decision 0005).
        services.AddSingleton<ClockScheduler>();

        // SchedulerHealthCheck is registered with the other checks (Features/Health).
        return services;
    }

    /// <summary>
    /// The app's connection string, plus a busy timeout for Quartz's connections unless one is set.
    /// </summary>
    /// <remarks>
    /// EF Core writes to the same file (WAL). WAL lets readers and the one writer proceed together, but
    /// two writers still exclude each other, and a Quartz transaction holds the write lock for its whole
    /// duration (BEGIN IMMEDIATE). The busy timeout makes the loser wait instead of failing at once with
    /// "database is locked". It goes on the connection rather than AdoJobStoreOptions.CommandTimeout
    /// because only the connection's default also reaches the BEGIN IMMEDIATE the driver issues itself.
    /// A timeout written into the configured connection string wins.
    /// </remarks>
    internal static string BuildQuartzConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);

        // SqliteConnectionStringBuilder reports every keyword it knows as present, so ask a plain
        // builder whether the configured string actually names a timeout.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Default Timeout") && !given.ContainsKey("Command Timeout"))
        {
            builder.DefaultTimeout = BusyTimeoutSeconds;
        }

        return builder.ToString();
    }
}
