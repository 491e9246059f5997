using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Tests.Integration.Contacts;

/// <summary>
/// Every ingested contact asks for each agent's open contacts (SVC-03 routing by load). That question must cost what
/// agents hold now, not the centre's whole history: it counts waiting and answered contacts and reads one index.
/// </summary>
public sealed partial class RoutingLoadQueryTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    [Trait("Rule", "SVC-03")]
    public async Task SVC_03_an_agents_load_counts_waiting_and_answered_contacts_and_not_closed_ones()
    {
        await factory.SeedAgentAsync("A611", "offline");
        var api = factory.CreateApiClient();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var posted = await api.PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = $"load-{i}", channel = "offline", customerName = "吴先生", customerPhone = "13600136611", agentCode = "A611",
            });
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            ids.Add((await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/contacts/{ids[1]}/answer", new { agentCode = "A611" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/contacts/{ids[2]}/answer", new { agentCode = "A611" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/contacts/{ids[2]}/close", new { resolved = true })).StatusCode);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var loads = await RoutingService.OpenContactsByAgent(db, Channel.Offline).ToListAsync();

        Assert.Equal(2, Assert.Single(loads, l => l.Code == "A611").Count); // one waiting, one answered; the closed one is history

        // The query names the open statuses one by one (so SQLite can seek them); a status added later must be placed
        // on one side or the other here, deliberately.
        Assert.Equal([ContactStatus.Waiting, ContactStatus.Answered, ContactStatus.Closed], Enum.GetValues<ContactStatus>());
    }

    [Fact]
    public async Task The_load_query_reads_the_channel_status_agent_index_alone()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var query = RoutingService.OpenContactsByAgent(db, Channel.Phone).ToQueryString();

        var plan = await ExplainAsync(db, query);
        Assert.True(plan.Length > 0, query);

        // Seeks each open status within the channel; "(Channel=?)" alone would walk the channel's closed history too.
        Assert.Contains("COVERING INDEX IX_Contacts_Channel_Status_AgentCode (Channel=? AND Status=? AND AgentCode>?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN Contacts", plan, StringComparison.Ordinal);
    }

    /// <summary>SQLite's plan for EF's SQL; <c>ToQueryString</c> writes its parameters as <c>.param set</c> lines before it.</summary>
    private static async Task<string> ExplainAsync(ConsoleDbContext db, string query)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var sql = new List<string>();
        foreach (var line in query.Split('\n'))
        {
            if (ParamLine().Match(line) is { Success: true } param)
            {
                command.Parameters.AddWithValue(param.Groups[1].Value, param.Groups[2].Value.Trim('\''));
            }
            else if (line.Length == 0 && sql.Count > 0)
            {
                break; // the statement ends at its first blank line; after it EF may add a note on split queries
            }
            else if (line.Length > 0)
            {
                sql.Add(line);
            }
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(3));
        }

        return string.Join('\n', rows);
    }

    [GeneratedRegex(@"^\.param set (\S+) (.+?)\s*$")]
    private static partial Regex ParamLine();
}
