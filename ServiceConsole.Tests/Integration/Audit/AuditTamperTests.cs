using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Tests.Integration.Audit;

/// <summary>INF-05: verification follows every link and names the first row someone changed behind the console's back.</summary>
public sealed class AuditTamperTests : IDisposable
{
    private readonly ConsoleAppFactory _factory = new() { Settings = { ["ServiceConsole:Demo:Enabled"] = "true", ["ServiceConsole:Demo:TrafficPerMinute"] = "0" } };

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> VerifyAsync()
    {
        var admin = await _factory.SignInAsync("admin", "Demo@2026");
        return await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task An_intact_chain_verifies_and_a_row_altered_in_the_file_is_found_at_its_position()
    {
        var trail = _factory.Services.GetRequiredService<IAuditTrail>();
        for (var i = 0; i < 5; i++)
        {
            await trail.RecordAsync(new AuditEvent("supervisor", AuditActions.View, $"customer:t-{i}", "name,phone"));
        }

        var intact = await VerifyAsync();
        Assert.True(intact.GetProperty("ok").GetBoolean());
        var rows = intact.GetProperty("rows").GetInt64();
        Assert.True(rows >= 5);
        Assert.False(intact.TryGetProperty("brokenAt", out _));

        // Someone with the file drops the trigger and makes a view look masked instead of revealed.
        long target;
        await using (var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var find = connection.CreateCommand();
            find.CommandText = "SELECT Sequence FROM AuditRecords WHERE Subject = 'customer:t-2'";
            target = (long)(await find.ExecuteScalarAsync())!;
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "DROP TRIGGER AuditRecords_NoUpdate; UPDATE AuditRecords SET Actor = 'coordinator' WHERE Sequence = $s;";
            tamper.Parameters.AddWithValue("$s", target);
            await tamper.ExecuteNonQueryAsync();
        }

        var broken = await VerifyAsync();
        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(target, broken.GetProperty("brokenAt").GetInt64());
        Assert.Equal(target - 1, broken.GetProperty("rows").GetInt64());
        Assert.Equal("altered", broken.GetProperty("reason").GetString());
    }
}
