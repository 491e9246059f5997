namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// The checkout the tests were built from, found by walking up from the test binaries to <c>ServiceConsole.sln</c>,
/// so source-reading tests and screenshot output work from any build folder.
/// </summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceConsole.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"ServiceConsole.sln not found above {AppContext.BaseDirectory}.");
    }
}
