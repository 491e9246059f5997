using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// What the console recorded when its clocks fired, read straight from its database: the API lists at most 1000
/// callbacks, and the benchmark needs every one of 10,000. The SQLite file is opened read-only; on PostgreSQL
/// <paramref name="database"/> is the connection string. Times are UTC ticks, as the console stores every DateTimeOffset.
/// </summary>
internal sealed class FiringRecords(string database, bool postgres)
{
    public sealed record Breach(Guid Id, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

    public sealed record Warning(Guid SubjectId, DateTimeOffset DueAt, DateTimeOffset RaisedAt);

    /// <summary>Breached callbacks created at or after <paramref name="since"/>: cheap enough to poll while the clocks fire.</summary>
    public long CountBreached(DateTimeOffset since) => Convert.ToInt64(Scalar(
        postgres
            ? """SELECT COUNT(*) FROM "Callbacks" WHERE "Breached" AND "CreatedAt" >= @since"""
            : "SELECT COUNT(*) FROM Callbacks WHERE Breached = 1 AND CreatedAt >= @since",
        since.UtcTicks), System.Globalization.CultureInfo.InvariantCulture);

    public List<Breach> Breaches(IReadOnlySet<Guid> ids)
    {
        var breaches = new List<Breach>(ids.Count);
        Read(
            postgres
                ? """SELECT "Id", "DueAt", "BreachedAt" FROM "Callbacks" WHERE "Breached" AND "BreachedAt" IS NOT NULL"""
                : "SELECT Id, DueAt, BreachedAt FROM Callbacks WHERE Breached = 1 AND BreachedAt IS NOT NULL",
            row =>
            {
                var id = GuidOf(row, 0);
                if (ids.Contains(id))
                {
                    breaches.Add(new Breach(id, Ticks(row.GetInt64(1)), Ticks(row.GetInt64(2))));
                }
            });
        return breaches;
    }

    public List<Warning> Warnings(IReadOnlySet<Guid> subjects)
    {
        var warnings = new List<Warning>(subjects.Count);
        Read(
            postgres
                ? """SELECT "SubjectId", "DueAt", "RaisedAt" FROM "Alerts" WHERE lower("Kind") = 'warning'"""
                : "SELECT SubjectId, DueAt, RaisedAt FROM Alerts WHERE Kind = 'Warning' COLLATE NOCASE",
            row =>
            {
                var id = GuidOf(row, 0);
                if (subjects.Contains(id))
                {
                    warnings.Add(new Warning(id, Ticks(row.GetInt64(1)), Ticks(row.GetInt64(2))));
                }
            });
        return warnings;
    }

    public long CountBreachAlerts(IReadOnlySet<Guid> subjects)
    {
        long count = 0;
        Read(
            postgres
                ? """SELECT "SubjectId" FROM "Alerts" WHERE lower("Kind") = 'breach'"""
                : "SELECT SubjectId FROM Alerts WHERE Kind = 'Breach' COLLATE NOCASE",
            row => count += subjects.Contains(GuidOf(row, 0)) ? 1 : 0);
        return count;
    }

    private static DateTimeOffset Ticks(long ticks) => new(ticks, TimeSpan.Zero);

    /// <summary>SQLite keeps a Guid as text, PostgreSQL as uuid.</summary>
    private static Guid GuidOf(DbDataReader row, int column) => row.GetValue(column) switch
    {
        Guid guid => guid,
        var other => Guid.Parse(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)!),
    };

    private DbConnection Open()
    {
        // No pooling: the SQLite file is deleted when the console goes, and a pooled handle would keep it; the
        // PostgreSQL database is dropped.
        DbConnection connection = postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = database,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
        connection.Open();
        return connection;
    }

    private object? Scalar(string sql, long since)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@since";
        parameter.Value = since;
        command.Parameters.Add(parameter);
        return command.ExecuteScalar();
    }

    private void Read(string sql, Action<DbDataReader> each)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            each(reader);
        }
    }
}
