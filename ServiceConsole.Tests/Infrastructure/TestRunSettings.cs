using System.Runtime.CompilerServices;
using Bunit;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>Settings the whole test run shares, applied once when the test assembly loads.</summary>
internal static class TestRunSettings
{
    [ModuleInitializer]
    internal static void Apply()
    {
        // Screen tests wait for state by blocking a thread (bUnit's WaitFor…) while live refreshes run on the thread
        // pool; with every test class in parallel on two cores the pool would otherwise grow one thread at a time.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));

        // A wait is for state the test does not drive; on a loaded CI machine one second is too tight to mean "never".
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(5);
    }
}
