using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.Hosting;

/// <summary>The console as a real process: what it refuses at start-up in Production, and that it says why.</summary>
[Trait("Category", "Process")]
public sealed class ProductionStartupTests : IDisposable
{
    private readonly ScratchDatabase _database = new("process");

    private Dictionary<string, string> Settings(string apiKey) => new()
    {
        ["ConnectionStrings:Console"] = _database.ConnectionString,
        ["ServiceConsole:Ingest:ApiKey"] = apiKey,
    };

    [Theory]
    [InlineData("", "ApiKey is empty")]
    [InlineData("dev-ingest-key", "is a default")]
    public async Task Production_refuses_to_start_without_a_real_api_key_and_says_why_in_one_line(string apiKey, string reason)
    {
        await using var console = ConsoleProcess.Start("Production", Settings(apiKey));

        var exitCode = await console.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(console.Output.Split('\n'), l => l.StartsWith("Refusing to start in Production", StringComparison.Ordinal));
        Assert.Contains(reason, line);
    }

    [Fact]
    public async Task Production_refuses_the_demo_with_the_documented_password()
    {
        var settings = Settings("a-real-production-secret-key-42");
        settings["ServiceConsole:Demo:Enabled"] = "true";
        await using var console = ConsoleProcess.Start("Production", settings);

        var exitCode = await console.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("demo logins would use the documented password", console.Output);
    }

    public void Dispose() => _database.Dispose();
}
