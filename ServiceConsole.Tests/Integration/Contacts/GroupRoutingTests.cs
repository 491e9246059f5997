using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Tests.Integration.Contacts;

/// <summary>
/// Issue 14: the contacts of one group commit read each channel's agent loads once and carry them from one decision to
/// the next. Routing stays exact: each contact is routed as if the ones before it in the group were already stored,
/// and a write of another kind in the group makes the next contact read the loads again. Each test holds the writer so
/// that what it queues meanwhile is decided as one group, in the order queued.
/// </summary>
public sealed class GroupRoutingTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private WritePath Writes => factory.Services.GetRequiredService<WritePath>();

    private ContactService Contacts => factory.Services.GetRequiredService<ContactService>();

    [Fact]
    [Trait("Rule", "SVC-03")]
    public async Task SVC_03_contacts_routed_in_one_group_each_see_the_ones_routed_before_them()
    {
        // One call at a time per phone agent (MaxConcurrentCalls 1); G101 has been idle longer.
        await factory.SeedAgentAsync("G101", "phone");
        await factory.SeedAgentAsync("G102", "phone");

        var agents = await InOneGroupAsync(
            () => IngestAsync("group-phone-1", "phone"),
            () => IngestAsync("group-phone-2", "phone"),
            () => IngestAsync("group-phone-3", "phone"));

        Assert.Equal("G101 G102 (waiting)", Shown(agents));
    }

    [Fact]
    [Trait("Rule", "SVC-03")]
    public async Task SVC_03_a_contact_given_to_an_agent_in_the_group_counts_in_the_load_the_next_one_is_routed_by()
    {
        await factory.SeedAgentAsync("G401", "offline");
        await factory.SeedAgentAsync("G402", "offline");

        var agents = await InOneGroupAsync(
            () => IngestAsync("group-counter-1", "offline"),
            () => IngestAsync("group-counter-2", "offline", agentCode: "G402"),
            () => IngestAsync("group-counter-3", "offline"));

        // Both counter agents are at their one contact: the third waits, it does not go to G402 a second time.
        Assert.Equal("G401 G402 (waiting)", Shown(agents));
    }

    [Fact]
    [Trait("Rule", "SVC-03")]
    public async Task SVC_03_after_another_kind_of_write_in_the_group_the_next_contact_reads_the_loads_again()
    {
        await factory.SeedAgentAsync("G301", "online");

        var agents = await InOneGroupAsync(
            () => IngestAsync("group-chat-1", "online"),
            async () =>
            {
                // A supervisor sends the chat agent away between two contacts of the same group.
                await Writes.ApplyAsync(async write =>
                {
                    var agent = await write.Db.Agents.SingleAsync(a => a.Code == "G301");
                    agent.SetBySupervisor(AgentStatus.Away, serving: true, DateTimeOffset.UtcNow);
                    await write.SaveAsync();
                    return true;
                });
                return "away";
            },
            () => IngestAsync("group-chat-2", "online"));

        // G301 had room for two more chats, but is away now: the second chat waits.
        Assert.Equal("G301 away (waiting)", Shown(agents));
    }

    [Fact]
    public async Task A_failed_first_save_taken_back_by_its_write_undoes_what_the_write_wrote_and_the_write_goes_on()
    {
        var (taken, kept, existing, before, after) = (UniquePhone(), UniquePhone(), UniquePhone(), UniquePhone(), UniquePhone());
        Assert.True((await InsertAsync(existing)).Succeeded);

        var outcome = await InOneGroupAsync(
            async () => (await InsertAsync(before)).Succeeded ? "before" : null,
            async () => (await Writes.RunAsync(async write =>
            {
                write.Db.Customers.Add(NewCustomer(taken));
                write.Db.Customers.Add(NewCustomer(existing)); // the unique phone index refuses the save
                try
                {
                    await write.SaveOrStartOverAsync();
                    return OperationResult<string>.Ok("saved");
                }
                catch (DbUpdateException)
                {
                    write.Db.ChangeTracker.Clear();
                }

                // Started over: the group's transaction is back where this write began, and the write goes on.
                Assert.False(await write.Db.Customers.AnyAsync(c => c.Phone == taken));
                write.Db.Customers.Add(NewCustomer(kept));
                await write.SaveAsync();
                return OperationResult<string>.Ok("started-over");
            })).Value,
            async () => (await InsertAsync(after)).Succeeded ? "after" : null);

        Assert.Equal("before started-over after", Shown(outcome));
        Assert.Equal([existing, kept, before, after], await StoredAsync(existing, taken, kept, before, after));
    }

    private static string Shown(string?[] outcomes) => string.Join(' ', outcomes.Select(o => o ?? "(waiting)"));

    private async Task<string?> IngestAsync(string externalId, string channel, string? agentCode = null)
    {
        var result = await Contacts.CreateAsync(
            new ContactCreateRequest(externalId, channel, "钱先生", "13800138222", null, null, null, agentCode), Actor.System);
        Assert.True(result.Succeeded, $"{externalId}: {result.Status}");
        return result.Value!.AgentCode;
    }

    /// <summary>
    /// Starts each step while the writer is held, so each queues its write before the next step starts, then lets the
    /// writer go and checks that they were all decided in one group.
    /// </summary>
    private async Task<string?[]> InOneGroupAsync(params Func<Task<string?>>[] steps)
    {
        var groups = new ConcurrentQueue<int>();
        void OnCommitted(CommittedGroup group) => groups.Enqueue(group.Size);
        Writes.Committed += OnCommitted;
        try
        {
            var (blocker, release) = await WriterHold.OccupyAsync(Writes);
            var started = steps.Select(step => step()).ToArray(); // each queues its write synchronously, in this order
            release.SetResult();
            await blocker;
            var results = await Task.WhenAll(started);
            // A background write (a sweep) may have queued meanwhile and joined the group: at least these steps were in it.
            Assert.Contains(groups, size => size >= steps.Length);
            return results;
        }
        finally
        {
            Writes.Committed -= OnCommitted;
        }
    }

    private Task<OperationResult<Customer>> InsertAsync(string phone) => CustomerRows.InsertAsync(Writes, phone);

    private Task<string[]> StoredAsync(params string[] phones) => CustomerRows.StoredAsync(factory.Services, phones);

    private static Customer NewCustomer(string phone) => CustomerRows.New(phone);

    private static string UniquePhone() => CustomerRows.UniquePhone("137");
}
