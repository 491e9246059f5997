using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Demo;

namespace ServiceConsole.Web.Data;

/// <summary>Brings the database to the current schema and reference data before the host takes requests.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    ConsoleDatabase database,
    RoleManager<IdentityRole> roleManager,
    DemoSeeder demoSeeder,
    IOptions<ServiceConsoleOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!database.IsPostgres)
        {
            await PrepareAsync(cancellationToken);
            return;
        }

        // Two nodes may start together on one PostgreSQL database: the one that comes second waits here and then finds
        // the reference data in place (decision 0010). The lock belongs to this connection's session.
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresLocks.Initialization})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await PrepareAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresLocks.Initialization})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (database.IsPostgres)
            {
                // The PostgreSQL migrations belong to a context type of their own (decision 0010). Nodes starting
                // together are safe: EF Core 10 takes a database lock around migrating.
                await using var migrations = PostgresConsoleDbContext.Create(database.ConnectionString);
                await migrations.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                EnsureDirectoryOf(db.Database.GetConnectionString());
                await db.Database.MigrateAsync(cancellationToken);

                // WAL lets the board read while ingest writes; the setting is stored in the file itself.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            foreach (var mode in Enum.GetValues<EmergencyMode>())
            {
                if (!await db.EmergencyModes.AnyAsync(m => m.Mode == mode, cancellationToken))
                {
                    db.EmergencyModes.Add(EmergencyModeState.Inactive(mode));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        if (options.Value.Demo.Enabled)
        {
            await demoSeeder.SeedAsync(cancellationToken);
        }

        logger.LogInformation("Database ready");
    }

    private static void EnsureDirectoryOf(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
