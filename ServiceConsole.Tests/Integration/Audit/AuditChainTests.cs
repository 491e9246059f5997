using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Tests.Integration.Audit;

/// <summary>INF-05: one append-only, hash-chained audit record that the admin reads and verifies, and nobody rewrites.</summary>
public sealed class AuditChainTests(AuditChainTests.Factory factory) : IClassFixture<AuditChainTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private IAuditTrail Trail => factory.Services.GetRequiredService<IAuditTrail>();

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task The_admin_reads_rows_by_subject_and_actor_newest_first_with_names_and_addresses()
    {
        await Trail.RecordAsync(new AuditEvent("supervisor", AuditActions.Reveal, "customer:c-read-1", "name,phone", Revealed: true, Detail: "回访核实", From: "10.0.0.7"));
        await Trail.RecordAsync(new AuditEvent("supervisor", AuditActions.View, "customer:c-read-1", "name,phone"));
        await Trail.RecordAsync(new AuditEvent("coordinator", AuditActions.View, "customer:c-read-2", "name"));
        var admin = await factory.SignInAsync("admin", "Demo@2026");

        var rows = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?subject=customer:c-read-1&actor=supervisor");

        Assert.Equal(2, rows.GetArrayLength());
        var newest = rows[0];
        var oldest = rows[1];
        Assert.True(newest.GetProperty("sequence").GetInt64() > oldest.GetProperty("sequence").GetInt64());
        Assert.Equal("data.view", newest.GetProperty("action").GetString());
        Assert.Equal("周主管", oldest.GetProperty("actorName").GetString());
        Assert.True(oldest.GetProperty("revealed").GetBoolean());
        Assert.Equal("10.0.0.7", oldest.GetProperty("from").GetString());
        Assert.Equal("回访核实", oldest.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("agent")]
    [InlineData("specialist")]
    [Trait("Rule", "INF-05")]
    public async Task Only_the_admin_reads_the_audit(string login)
    {
        var client = await factory.SignInAsync(login, "Demo@2026");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateApiClient().GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task The_database_refuses_to_update_or_delete_an_audit_row()
    {
        await Trail.RecordAsync(new AuditEvent("admin", AuditActions.AccountChange, "user:agent", Detail: "roles"));
        await using var connection = await OpenAsync();

        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE AuditRecords SET Actor = 'nobody'";
        var refusedUpdate = await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync());
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM AuditRecords";
        var refusedDelete = await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());

        Assert.Contains("append-only", refusedUpdate.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", refusedDelete.Message, StringComparison.Ordinal);
    }
}
