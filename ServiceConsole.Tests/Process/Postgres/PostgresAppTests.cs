using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Process.Postgres;

/// <summary>
/// A representative set of the console's behaviour on PostgreSQL (decision 0010): ingest and its idempotency, a
/// complaint step, the board, and the write path's group commit with its savepoints.
/// </summary>
[Trait("Category", "Process")]
public sealed class PostgresAppTests(PostgresAppFactory factory) : IClassFixture<PostgresAppFactory>
{
    private readonly HttpClient _api = factory.CreateApiClient();

    private WritePath Writes => factory.Services.GetRequiredService<WritePath>();

    private static object Contact(string externalId, string channel = "offline", string phone = "13800138000") => new
    {
        externalId, channel, customerName = "王女士", customerPhone = phone, waybillNo = "YD4312345678901", topic = "query",
    };

    [Fact]
    [Trait("Rule", "SVC-01")]
    public async Task SVC_01_a_contact_is_stored_with_its_first_response_target_and_its_retry_answers_200_with_the_same_row()
    {
        var created = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("pg-idem-1", channel: "online"));
        var retry = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("pg-idem-1", channel: "online"));
        var reuse = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("pg-idem-1", channel: "online", phone: "13700137000"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body.GetProperty("arrivedAt").GetDateTimeOffset().AddSeconds(10), body.GetProperty("respondBy").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(body.GetProperty("id").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, reuse.StatusCode);
        Assert.Equal(1L, await CountContactsAsync("pg-idem-1"));
    }

    [Fact]
    public async Task A_process_holding_a_SQLite_console_and_a_PostgreSQL_console_ingests_on_both_in_turn()
    {
        // The ingest's compiled lookups belong to one model each: a lookup compiled on one provider's model must not be
        // handed the other's context (EF Core refuses it; every ingest answered 500 in a mixed test run until they
        // were compiled per model).
        using var sqlite = new ConsoleAppFactory();
        var onSqlite = sqlite.CreateApiClient();
        foreach (var (api, externalId) in new[] { (onSqlite, "mixed-1"), (_api, "pg-mixed-1"), (onSqlite, "mixed-2"), (_api, "pg-mixed-2") })
        {
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/contacts", Contact(externalId))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/contacts", Contact(externalId))).StatusCode);
        }

        Assert.Equal(1L, await CountContactsAsync("pg-mixed-2"));
    }

    [Fact]
    public async Task Twenty_concurrent_posts_of_one_externalId_store_one_row()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", Contact("pg-parallel-1", phone: "13600136000"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1L, await CountContactsAsync("pg-parallel-1"));
    }

    [Fact]
    [Trait("Rule", "CMP-02")]
    public async Task CMP_02_a_complaint_is_registered_as_general_and_verified()
    {
        var registered = await _api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "pg-complaint-1", channel = "phone", customerName = "蒋女士", customerPhone = "13800138000",
            waybillNo = "YD1234567890123", outletCode = "CD-JN-02", category = "delay", delayDays = 2, demand = "尽快派送",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var complaint = await registered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("general", complaint.GetProperty("severity").GetString());
        var id = complaint.GetProperty("id").GetString();

        var verified = await _api.PostAsJsonAsync($"/api/v1/complaints/{id}/verify", new { findings = "分拨中心积压,已催派", faultParty = "courier" });
        var again = await _api.PostAsJsonAsync($"/api/v1/complaints/{id}/verify", new { findings = "再次核实", faultParty = "courier" });

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("verified", (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task The_board_snapshot_builds_from_postgres_with_what_was_ingested()
    {
        var posted = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("pg-board-1", channel: "phone", phone: "13800138222"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var board = factory.Services.GetRequiredService<LiveBoardState>();
        var snapshot = await Infrastructure.Eventually.Until(
            () => board.GetAsync(),
            s => s.Waiting.Any(c => c.ExternalId == "pg-board-1"),
            TimeSpan.FromSeconds(20),
            "the board to list the contact");
        Assert.Equal(TimeSpan.FromSeconds(15), Assert.Single(snapshot.Waiting, c => c.ExternalId == "pg-board-1").Target);
    }

    [Fact]
    public async Task A_refused_write_and_a_failing_write_in_the_middle_of_a_group_leave_no_trace_and_their_neighbours_commit()
    {
        var (existing, refused, after) = (UniquePhone(), UniquePhone(), UniquePhone());
        Assert.True((await InsertAsync(existing)).Succeeded);

        var (blocker, release) = await OccupyWriterAsync();
        var refusal = Writes.RunAsync<Customer>(async write =>
        {
            write.Db.Customers.Add(NewCustomer(refused));
            await write.SaveAsync(); // saved inside the group's transaction, then refused: rolled back to its savepoint
            throw new InvalidTransitionException("test", "new", "refused after saving");
        });
        var failing = InsertAsync(existing); // the unique phone index refuses it: PostgreSQL aborts the statement
        var next = InsertAsync(after);       // and the savepoint keeps the group's transaction usable for this one

        release.SetResult();
        await blocker;
        Assert.Equal(OperationStatus.Conflict, (await refusal).Status);
        await Assert.ThrowsAsync<DbUpdateException>(() => failing);
        Assert.True((await next).Succeeded);
        Assert.Equal([existing, after], await StoredAsync(existing, refused, after));
    }

    [Fact]
    public async Task A_unique_violation_caught_inside_a_write_leaves_its_transaction_usable_to_read_the_stored_row()
    {
        var phone = UniquePhone();
        Assert.True((await InsertAsync(phone)).Succeeded);

        // What ContactService does when another node stored the same externalId first: catch, then read the stored row.
        var found = await Writes.ApplyAsync(async write =>
        {
            write.Db.Customers.Add(NewCustomer(phone));
            try
            {
                await write.SaveAsync();
                return "saved twice";
            }
            catch (DbUpdateException)
            {
                write.Db.ChangeTracker.Clear();
                return (await write.Db.Customers.AsNoTracking().SingleAsync(c => c.Phone == phone)).Phone;
            }
        });

        Assert.Equal(phone, found);
    }

    private async Task<long> CountContactsAsync(string externalId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Contacts.LongCountAsync(c => c.ExternalId == externalId);
    }

    private Task<(Task Blocker, TaskCompletionSource Release)> OccupyWriterAsync() => ServiceConsole.Tests.Infrastructure.WriterHold.OccupyAsync(Writes);

    private Task<OperationResult<Customer>> InsertAsync(string phone) => CustomerRows.InsertAsync(Writes, phone);

    private Task<string[]> StoredAsync(params string[] phones) => CustomerRows.StoredAsync(factory.Services, phones);

    private static Customer NewCustomer(string phone) => CustomerRows.New(phone);

    private static string UniquePhone() => CustomerRows.UniquePhone("139");
}
