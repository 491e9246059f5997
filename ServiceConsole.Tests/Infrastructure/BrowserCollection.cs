namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// Every browser test shares one console process and one Chromium. The collection runs on its own, after the
/// parallel ones: the tests read centre-wide numbers (today's contacts, emergency modes) that another test's traffic would move.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserConsoleFixture>
{
    public const string Name = "Browser";
}
