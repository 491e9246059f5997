using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Features.Retention;

namespace ServiceConsole.Tests.Integration.Retention;

/// <summary>INF-08: a purge killed part-way is resumed, not restarted, and its counts are exactly the rows gone.</summary>
public sealed class RetentionResumeTests(RetentionResumeTests.Factory factory) : IClassFixture<RetentionResumeTests.Factory>
{
    public sealed class Factory : RetentionTestFactory
    {
        public Factory() => Settings["ServiceConsole:Retention:BatchSize"] = "2";
    }

    [Fact]
    [Trait("Rule", "INF-08")]
    public async Task INF_08_a_run_killed_after_its_first_batch_resumes_and_never_counts_a_row_twice()
    {
        for (var i = 0; i < 5; i++)
        {
            await factory.AddClosedContactAsync($"中断{i}", $"1390000500{i}", 400 + i);
        }

        var batches = 0;
        factory.Purge.BatchSaved = (kind, _) =>
        {
            // The second batch dies after its deletions were saved, before its commit: as if the process were killed.
            if (kind == "contacts" && ++batches == 2)
            {
                throw new InvalidOperationException("killed mid-run");
            }

            return Task.CompletedTask;
        };
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.Purge.RunAsync("system", CancellationToken.None));
        factory.Purge.BatchSaved = null;

        var interrupted = Assert.Single(await factory.Purge.ListAsync());
        Assert.Equal(RetentionPurge.Interrupted, interrupted.Status);
        Assert.Null(interrupted.FinishedAt);
        await using (var db = factory.Db())
        {
            Assert.Equal(3, await OursAsync(db));
        }

        Assert.Equal(2, interrupted.Deleted["contacts"]);

        var resumed = await factory.Purge.RunAsync("system", CancellationToken.None);

        Assert.NotNull(resumed);
        Assert.Equal(interrupted.Id, resumed.Id);
        Assert.Equal(1, resumed.Resumes);
        Assert.Equal(5, resumed.Deleted["contacts"]);
        Assert.Equal(RetentionPurge.Completed, resumed.Status);
        Assert.Equal(interrupted.Cutoffs, resumed.Cutoffs);
        Assert.Single(await factory.Purge.ListAsync());
        await using (var db = factory.Db())
        {
            Assert.Equal(0, await OursAsync(db));
        }
    }

    // The console's own monthly drill may send generated contacts meanwhile; they are young and not the test's.
    private static Task<int> OursAsync(ServiceConsole.Web.Data.ConsoleDbContext db) =>
        db.Contacts.CountAsync(c => c.ExternalId.StartsWith("ret-"));
}
