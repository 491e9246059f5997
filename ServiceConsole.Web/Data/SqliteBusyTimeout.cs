using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ServiceConsole.Web.Data;

/// <summary>
/// Sets SQLite's own busy handler (<c>PRAGMA busy_timeout</c>) on every connection EF Core and Quartz open.
/// </summary>
/// <remarks>
/// EF Core and the Quartz job store write to one SQLite file, so they meet on its single write lock.
/// Without a busy handler the loser gets <c>SQLITE_BUSY</c> at once and Microsoft.Data.Sqlite answers by
/// sleeping 150 ms and retrying; under load that sleep was the whole tail of clock firing (breach p99 of
/// minutes with 1,500 pending promises, docs/benchmarks.md). SQLite's handler waits in 1–100 ms steps
/// instead, which brought the p99 with 10,000 pending to about 0.2 s.
/// </remarks>
public static class SqliteBusyTimeout
{
    /// <summary>The same bound as the driver's command timeout (30 s) the scheduler already relies on.</summary>
    public const int Milliseconds = 30_000;

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {Milliseconds};");
        command.ExecuteNonQuery();
    }

    /// <summary>For EF Core: runs the pragma as each connection opens.</summary>
    public sealed class Interceptor : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }
    }

    /// <summary>For Quartz's ADO store, which takes a provider factory: SQLite connections that run the pragma when opened.</summary>
    public sealed class Factory : DbProviderFactory
    {
        public static readonly Factory Instance = new();

        public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();

        public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();

        public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();

        public override DbConnection CreateConnection()
        {
            var connection = SqliteFactory.Instance.CreateConnection();
            connection.StateChange += (sender, e) =>
            {
                if (e.CurrentState == ConnectionState.Open && e.OriginalState != ConnectionState.Open && sender is DbConnection opened)
                {
                    Apply(opened);
                }
            };
            return connection;
        }
    }
}
