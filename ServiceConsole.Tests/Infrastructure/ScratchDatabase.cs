using Microsoft.Data.Sqlite;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// A SQLite file of one test class's own in the temp folder, for consoles started as processes, which outlive a
/// test server's database; removed with its WAL files when the class is done.
/// </summary>
public sealed class ScratchDatabase(string purpose) : IDisposable
{
    public string FilePath { get; } = Path.Combine(Path.GetTempPath(), $"serviceconsole-{purpose}-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={FilePath}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        ConsoleAppFactory.DeleteKeys(ConsoleProcess.KeysPathOf(ConnectionString));
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(FilePath + suffix);
            }
            catch (IOException)
            {
                // A file a killed process still holds is left to the temp cleaner, not turned into a test failure.
            }
        }
    }
}
