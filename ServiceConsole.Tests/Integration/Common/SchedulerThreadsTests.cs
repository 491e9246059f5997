using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Tests.Integration.Common;

/// <summary>
/// How many clocks a node fires at once: two on SQLite, whose one writer takes them in turn anyway, unless
/// <c>ServiceConsole:Scheduler:MaxConcurrency</c> says otherwise (PostgreSQL's default: <c>PostgresClusterFiringTests</c>).
/// </summary>
public sealed class SchedulerThreadsTests
{
    private static async Task<int> ThreadsAsync(ConsoleAppFactory factory)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetMetadata()).ThreadPoolSize;
    }

    [Fact]
    public async Task A_sqlite_node_fires_on_two_threads_unless_configured()
    {
        await using var standard = new ConsoleAppFactory();
        Assert.Equal(SchedulingSetup.SqliteMaxConcurrency, await ThreadsAsync(standard));

        await using var configured = new ConsoleAppFactory();
        configured.Settings[SchedulingSetup.MaxConcurrencyConfigurationKey] = "3";
        Assert.Equal(3, await ThreadsAsync(configured));
    }
}
