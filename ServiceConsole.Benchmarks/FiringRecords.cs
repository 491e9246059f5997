using Microsoft.Data.Sqlite;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// What the console recorded when its clocks fired, read straight from its SQLite file (read-only):
/// the API lists at most 1000 callbacks, and the benchmark needs every one of 10,000. Times are UTC
/// ticks, as the console stores every DateTimeOffset.
/// </summary>
internal sealed class FiringRecords(string database)
{
    public sealed record Breach(Guid Id, DateTimeOffset DueAt, DateTimeOffset BreachedAt);

    public sealed record Warning(Guid SubjectId, DateTimeOffset DueAt, DateTimeOffset RaisedAt);

    /// <summary>Breached callbacks created at or after <paramref name="since"/>: cheap enough to poll while the clocks fire.</summary>
    public long CountBreached(DateTimeOffset since) =>
        (long)Scalar("SELECT COUNT(*) FROM Callbacks WHERE Breached = 1 AND CreatedAt >= $since", since.UtcTicks)!;

    public List<Breach> Breaches(IReadOnlySet<Guid> ids)
    {
        var breaches = new List<Breach>(ids.Count);
        Read("SELECT Id, DueAt, BreachedAt FROM Callbacks WHERE Breached = 1 AND BreachedAt IS NOT NULL", row =>
        {
            var id = Guid.Parse(row.GetString(0));
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
        Read("SELECT SubjectId, DueAt, RaisedAt FROM Alerts WHERE Kind = 'Warning' COLLATE NOCASE", row =>
        {
            var id = Guid.Parse(row.GetString(0));
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
        Read("SELECT SubjectId FROM Alerts WHERE Kind = 'Breach' COLLATE NOCASE", row => count += subjects.Contains(Guid.Parse(row.GetString(0))) ? 1 : 0);
        return count;
    }

    private static DateTimeOffset Ticks(long ticks) => new(ticks, TimeSpan.Zero);

    private SqliteConnection Open()
    {
        // No pooling: the file is deleted when the console goes, and a pooled handle would keep it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
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
        command.Parameters.AddWithValue("$since", since);
        return command.ExecuteScalar();
    }

    private void Read(string sql, Action<SqliteDataReader> each)
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
