using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Telemetry;

namespace ServiceConsole.Web.Scheduling;

/// <summary>
/// Registers ServiceConsole's Quartz.NET 4.7 scheduler: a persistent ADO.NET job store in the app's
/// SQLite database (Microsoft.Data.Sqlite), started and stopped with the host.
/// </summary>
/// <remarks>
/// The QRTZ_ tables must exist before the host starts: the job store validates the schema when the
/// hosted service builds the scheduler and refuses to start otherwise. They are created by the EF Core
/// migration that runs <c>Data/Sql/quartz-sqlite.sql</c>, so apply migrations before <c>app.Run()</c>.
/// </remarks>
public static class SchedulingSetup
{
    /// <summary>
    /// Quartz scheduler name; it is the SCHED_NAME of every QRTZ_ row, so renaming it orphans the stored
    /// schedule.
    /// </summary>
    public const string SchedulerName = "ServiceConsole";

    /// <summary>Configuration key of the clustering switch (bool, default false).</summary>
    public const string ClusteredConfigurationKey = "ServiceConsole:Scheduler:Clustered";

    /// <summary>
    /// The host has 2 cores and SQLite admits one writer at a time (Quartz serializes every store call
    /// on SQLite anyway), so more concurrent jobs would mostly queue on the database.
    /// </summary>
    internal const int MaxConcurrency = 2;

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

    public static IServiceCollection AddServiceConsoleScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = BuildQuartzConnectionString(
            configuration.GetConnectionString(DataSetup.ConnectionStringName) ?? DataSetup.DefaultConnectionString);

        // ---- CLUSTERING (for the later PostgreSQL scale-out) ----------------------------------------
        // Quartz 4.7.3 refuses a clustered SQLite store at scheduler start ("SQLite cannot be used as
        // clustered mode"), so we fail here, at registration, with the reason. To scale out: replace
        // UseSqlite below with UsePostgres(NpgsqlFactory.Instance, ...) (Npgsql package + PostgreSQL
        // DDL), drop this guard, and every node gets ServiceConsole:Scheduler:Clustered=true.
        var clustered = configuration.GetValue<bool>(ClusteredConfigurationKey);
        if (clustered)
        {
            throw new InvalidOperationException(
                $"{ClusteredConfigurationKey}=true needs a database with row locks (PostgreSQL); " +
                "the Quartz job store is on SQLite, which Quartz cannot cluster.");
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

            quartz.UseDefaultThreadPool(MaxConcurrency);

            // Every job's lateness (fire time − scheduled time) goes to the clock-lateness histogram (Features/Telemetry/).
            quartz.AddJobListener<ClockLatenessListener>(GroupMatcher<JobKey>.AnyGroup());

            quartz.UsePersistentStore(store =>
            {
                // The factory overload: no driver lookup by type name (trim-safe), and it cannot pick
                // System.Data.SQLite by mistake.
                // SQLite's own busy handler on each connection, shared with EF Core (see SqliteBusyTimeout).
                store.UseSqlite(SqliteBusyTimeout.Factory.Instance, connectionString);

                // Built into the Quartz 4 package (and its default); stated so stored job data never
                // depends on a default changing.
                store.UseSystemTextJsonSerializer();

                store.ConfigureStore(options =>
                {
                    options.MisfireThreshold = MisfireThreshold;

                    // The schema belongs to our EF migration: check it at startup, never create it.
                    options.SchemaProvisioning = SchemaProvisioning.Validate;

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
                    // Unreachable while the store is SQLite (see the guard above); kept so the
                    // PostgreSQL switch is one edit. Clustering also turns on database row locks and
                    // makes GenerateInstanceId produce a per-node id.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(10);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
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
