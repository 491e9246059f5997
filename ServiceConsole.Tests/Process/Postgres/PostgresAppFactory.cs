using Microsoft.AspNetCore.Hosting;
using Npgsql;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.Postgres;

/// <summary>
/// The real console on PostgreSQL (<c>ServiceConsole:Database:Provider=Postgres</c>, Quartz clustered by default), on a
/// fresh database of its own; or, given another factory's database, a second node on the same one.
/// </summary>
public class PostgresAppFactory : ConsoleAppFactory
{
    private readonly bool _ownsDatabase;

    public PostgresAppFactory()
        : this(PostgresServer.CreateDatabase("app"), ownsDatabase: true)
    {
    }

    protected PostgresAppFactory(string connectionString, bool ownsDatabase)
    {
        ConnectionString = connectionString;
        _ownsDatabase = ownsDatabase;
    }

    public string ConnectionString { get; }

    /// <summary>
    /// Another node on this factory's database: its own Quartz instance and write path, the same Data Protection keys
    /// (as a cluster shares them). It leaves the database to this factory.
    /// </summary>
    public PostgresAppFactory SecondNode() => new(ConnectionString, ownsDatabase: false) { DatabasePath = DatabasePath, KeepFiles = true };

    /// <summary>A node on an existing database that it leaves behind (a restart, a second start).</summary>
    public static PostgresAppFactory On(string connectionString) => new(connectionString, ownsDatabase: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ServiceConsole:Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Console", ConnectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value); // a test's own settings still win
        }
    }

    /// <summary>As the SQLite seeding does, straight into the tables (naming the columns SQLite has defaults for).</summary>
    public override async Task SeedAgentAsync(string code, string channel, string status = "available", string? team = null)
    {
        _ = Services; // the host starts (and migrates the database) on first use
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO "Teams" ("Code", "Name", "Channel") VALUES (@team, @team, @channel) ON CONFLICT DO NOTHING;
            INSERT INTO "Agents" ("Code", "Name", "TeamCode", "Channel", "Status", "StatusSince", "IdleSince", "Hold", "Level")
            VALUES (@code, @code, @team, @channel, @status, 0, @idle, 'None', 'Specialist');
            """,
            connection);
        foreach (var (name, value) in SeededAgent(code, channel, status, team))
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_ownsDatabase && !KeepFiles)
        {
            PostgresServer.DropDatabase(ConnectionString);
        }
    }
}
