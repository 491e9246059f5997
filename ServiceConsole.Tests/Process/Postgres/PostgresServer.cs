using System.Diagnostics;
using Npgsql;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.Postgres;

/// <summary>
/// The repository's own PostgreSQL server (<c>scripts/postgres.sh</c>: installed when missing, on 127.0.0.1, port
/// <c>SC_PG_PORT</c> or 55432), and a fresh database on it for each fixture.
/// </summary>
public static class PostgresServer
{
    /// <summary>Runs <c>scripts/postgres.sh</c> with <paramref name="arguments"/> and returns what it printed.</summary>
    public static string Script(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [RepositoryFolder.Combine("scripts", "postgres.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var script = System.Diagnostics.Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        if (!script.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            script.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/postgres.sh {string.Join(' ', arguments)} did not finish in 5 minutes.");
        }

        if (script.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/postgres.sh {string.Join(' ', arguments)} failed ({script.ExitCode}): {errors.Result}{output.Result}");
        }

        return output.Result.Trim();
    }

    /// <summary>Starts the server (a no-op when it runs) and creates an empty database; returns its connection string.</summary>
    public static string CreateDatabase(string purpose)
    {
        Script("start");
        return Script("url", $"sc_test_{purpose}_{Guid.NewGuid():N}"[..40]);
    }

    /// <summary>Drops a test database, closing whatever connections are still open on it.</summary>
    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // A database left behind is harmless: every fixture makes a new one with a unique name.
        }
    }

    /// <summary>One scalar from the test database (for checks the API does not answer).</summary>
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
