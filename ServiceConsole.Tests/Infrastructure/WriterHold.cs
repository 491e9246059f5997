using ServiceConsole.Web.Common;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// Holds the write path's one writer inside a write until released, so that the writes a test sends meanwhile queue
/// up and are decided together in the next group commit.
/// </summary>
internal static class WriterHold
{
    /// <returns>The holding write (it ends once <c>Release</c> is set) and its release.</returns>
    public static async Task<(Task Blocker, TaskCompletionSource Release)> OccupyAsync(WritePath writes)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = writes.ApplyAsync(async _ =>
        {
            started.SetResult();
            await release.Task;
            return true;
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return (blocker, release);
    }
}
