using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Integration.Common;

/// <summary>
/// Group commit (issue 14): writes that arrive while a commit is under way are decided one after another, in arrival
/// order, and committed together; a refused or failing write in the middle of a group leaves no trace and costs the
/// others nothing. Each test first occupies the writer with a write that waits for a signal, so the writes queued
/// behind it form one group deterministically.
/// </summary>
public sealed class GroupCommitTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private WritePath Writes => factory.Services.GetRequiredService<WritePath>();

    [Fact]
    public async Task Writes_queued_behind_a_commit_share_the_next_one_and_each_sees_what_the_earlier_ones_decided()
    {
        var groups = new ConcurrentQueue<int>();
        Writes.Committed += OnCommitted;
        try
        {
            var (blocker, release) = await OccupyWriterAsync();
            var phone = UniquePhone();
            var first = Writes.ApplyAsync(async write =>
            {
                write.Db.Customers.Add(NewCustomer(phone, "第一位"));
                await write.SaveAsync();
                return true;
            });

            // Queued behind the first in the same group: it reads the first's row before anything is committed.
            var second = Writes.ApplyAsync(async write => await write.Db.Customers.AnyAsync(c => c.Phone == phone));
            var others = Enumerable.Range(0, 8).Select(i => Writes.ApplyAsync(async write =>
            {
                write.Db.Customers.Add(NewCustomer(UniquePhone(), $"客户{i}"));
                await write.SaveAsync();
                return i;
            })).ToArray();

            release.SetResult();
            await blocker;
            Assert.True(await first);
            Assert.True(await second, "the second write of the group did not see the first's row");
            Assert.Equal(Enumerable.Range(0, 8), await Task.WhenAll(others));
        }
        finally
        {
            Writes.Committed -= OnCommitted;
        }

        // The blocker committed alone; the ten writes queued behind it committed as one group.
        Assert.Contains(10, groups);

        void OnCommitted(CommittedGroup group) => groups.Enqueue(group.Size);
    }

    [Fact]
    public async Task A_refused_write_in_the_middle_of_a_group_leaves_no_trace_and_its_neighbours_commit()
    {
        var (before, refused, after) = (UniquePhone(), UniquePhone(), UniquePhone());
        var (blocker, release) = await OccupyWriterAsync();
        var kept1 = InsertAsync(before);
        var refusal = Writes.RunAsync<Customer>(async write =>
        {
            write.Db.Customers.Add(NewCustomer(refused, "被拒"));
            await write.SaveAsync(); // saved inside the group's transaction, then refused: rolled back to its savepoint
            throw new InvalidTransitionException("test", "new", "refused after saving");
        });
        var kept2 = InsertAsync(after);

        release.SetResult();
        await blocker;
        Assert.Equal(OperationStatus.Conflict, (await refusal).Status);
        Assert.True((await kept1).Succeeded);
        Assert.True((await kept2).Succeeded);
        Assert.Equal([before, after], await StoredAsync(before, refused, after));
    }

    [Fact]
    public async Task A_write_that_fails_in_the_middle_of_a_group_fails_alone()
    {
        var (existing, fresh) = (UniquePhone(), UniquePhone());
        Assert.True((await InsertAsync(existing)).Succeeded);

        var (blocker, release) = await OccupyWriterAsync();
        var duplicate = InsertAsync(existing); // the unique phone index refuses it inside the group
        var next = InsertAsync(fresh);

        release.SetResult();
        await blocker;
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate);
        Assert.True((await next).Succeeded);
        Assert.Equal([existing, fresh], await StoredAsync(existing, fresh));
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_while_it_waited_is_never_decided()
    {
        var phone = UniquePhone();
        var (blocker, release) = await OccupyWriterAsync();
        using var hangUp = new CancellationTokenSource();
        var decided = false;
        var abandoned = Writes.ApplyAsync(
            async write =>
            {
                decided = true;
                write.Db.Customers.Add(NewCustomer(phone, "放弃"));
                await write.SaveAsync();
                return true;
            },
            hangUp.Token);

        await hangUp.CancelAsync();
        release.SetResult();
        await blocker;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.False(decided);
        Assert.Empty(await StoredAsync(phone));
    }

    [Fact]
    public async Task Changes_are_published_in_the_order_the_group_decided_them_after_its_commit()
    {
        var feed = factory.Services.GetRequiredService<ChangeFeed>();
        var heard = new ConcurrentQueue<string>();
        var stored = new ConcurrentQueue<bool>();
        var phones = Enumerable.Range(0, 5).Select(_ => UniquePhone()).ToArray();
        using var subscription = feed.Subscribe(change =>
        {
            if (change is Probe probe && phones.Contains(probe.Phone))
            {
                heard.Enqueue(probe.Phone);
                stored.Enqueue(IsStored(probe.Phone)); // read on another connection: only a committed row is seen
            }
        });

        var (blocker, release) = await OccupyWriterAsync();
        var writes = phones.Select(phone => Writes.ApplyAsync(async write =>
        {
            write.Db.Customers.Add(NewCustomer(phone, "顺序"));
            await write.SaveAsync();
            write.Publish(new Probe(phone));
            return true;
        })).ToArray();
        release.SetResult();
        await blocker;
        await Task.WhenAll(writes);

        Assert.Equal(phones, heard);
        Assert.All(stored, Assert.True);
    }

    [Fact]
    public async Task A_failing_listener_of_the_commits_does_not_turn_a_stored_write_into_a_failure()
    {
        var phone = UniquePhone();
        Writes.Committed += Throw;
        try
        {
            Assert.True((await InsertAsync(phone)).Succeeded);
        }
        finally
        {
            Writes.Committed -= Throw;
        }

        Assert.Equal([phone], await StoredAsync(phone));

        static void Throw(CommittedGroup group) => throw new InvalidOperationException("a broken listener");
    }

    private sealed record Probe(string Phone) : LiveChange
    {
        public override IReadOnlyList<string> AgentCodes => [];

        public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private Task<(Task Blocker, TaskCompletionSource Release)> OccupyWriterAsync() => WriterHold.OccupyAsync(Writes);

    private Task<OperationResult<Customer>> InsertAsync(string phone) => CustomerRows.InsertAsync(Writes, phone);

    private Task<string[]> StoredAsync(params string[] phones) => CustomerRows.StoredAsync(factory.Services, phones);

    private bool IsStored(string phone)
    {
        using var db = factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();
        return db.Customers.AsNoTracking().Any(c => c.Phone == phone);
    }

    private static Customer NewCustomer(string phone, string name) => CustomerRows.New(phone, name);

    private static string UniquePhone() => CustomerRows.UniquePhone("139");
}
