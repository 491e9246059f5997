using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Tests.Process.Postgres;

/// <summary>
/// Decision 0010: the PostgreSQL migrations (a history of their own) build the whole schema, Quartz's tables and its
/// seeded lock rows on an empty database, the model has no change they miss, and a second start changes nothing.
/// </summary>
[Trait("Category", "Process")]
public sealed class PostgresMigrationTests : IDisposable
{
    private readonly string _connectionString = PostgresServer.CreateDatabase("migrate");

    public void Dispose() => PostgresServer.DropDatabase(_connectionString);

    [Fact]
    public async Task The_postgres_migrations_apply_to_an_empty_database_and_a_second_start_is_a_no_op()
    {
        Assert.Equal(0L, await PostgresServer.ScalarAsync<long>(_connectionString, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));

        var expected = PostgresConsoleDbContext.Create(_connectionString).Database.GetMigrations().ToList();
        Assert.NotEmpty(expected);
        Assert.DoesNotContain(expected, m => new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite("Data Source=:memory:").Options)
            .Database.GetMigrations().Contains(m)); // never mixed with the SQLite history

        var first = await StartAndReadAsync();
        Assert.Equal(expected, first.Applied);
        Assert.Equal(["STATE_ACCESS", "TRIGGER_ACCESS"], first.Locks);
        Assert.True(first.Roles > 0);
        Assert.Equal("healthy", first.Database);
        Assert.Equal("healthy", first.Scheduler);

        var second = await StartAndReadAsync();
        Assert.Equal(first.Applied, second.Applied);
        Assert.Equal(first.Locks, second.Locks);
        Assert.Equal(first.Roles, second.Roles);
        Assert.Equal(first.EmergencyModes, second.EmergencyModes);
        Assert.Equal("healthy", second.Scheduler);

        await using var db = PostgresConsoleDbContext.Create(_connectionString);
        Assert.False(db.Database.HasPendingModelChanges(), "the PostgreSQL model has changes no migration holds");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Two_nodes_starting_together_on_an_empty_database_migrate_and_seed_it_once()
    {
        using var a = PostgresAppFactory.On(_connectionString);
        using var b = PostgresAppFactory.On(_connectionString);
        await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services)); // each host migrates and seeds as it starts

        await using var db = PostgresConsoleDbContext.Create(_connectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(Enum.GetValues<ServiceConsole.Domain.Emergency.EmergencyMode>().Length, await db.EmergencyModes.CountAsync());
        Assert.Equal(ServiceConsole.Web.Auth.Roles.All.Count, await db.Roles.CountAsync());
        Assert.Equal(2L, await PostgresServer.ScalarAsync<long>(_connectionString, "SELECT COUNT(*) FROM qrtz_locks"));
    }

    private async Task<Snapshot> StartAndReadAsync()
    {
        using var node = PostgresAppFactory.On(_connectionString);
        var health = await (await node.CreateClient().GetAsync("/healthz")).Content.ReadFromJsonAsync<JsonElement>();
        await using var db = PostgresConsoleDbContext.Create(_connectionString);
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var locks = await db.Database.SqlQueryRaw<string>("SELECT lock_name AS \"Value\" FROM qrtz_locks WHERE sched_name = 'ServiceConsole' ORDER BY lock_name").ToListAsync();
        var checks = health.GetProperty("checks");
        return new Snapshot(
            applied,
            locks,
            await db.Roles.CountAsync(),
            await db.EmergencyModes.CountAsync(),
            checks.GetProperty("database").GetProperty("status").GetString(),
            checks.GetProperty("scheduler").GetProperty("status").GetString());
    }

    private sealed record Snapshot(List<string> Applied, List<string> Locks, int Roles, int EmergencyModes, string? Database, string? Scheduler);
}
