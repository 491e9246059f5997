using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// The real console on a fresh SQLite file of its own (migrations, Quartz store, Identity and all),
/// called through the test server. Each test class gets its own database.
/// </summary>
public class ConsoleAppFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "integration-test-key-0123456789";

    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"serviceconsole-test-{Guid.NewGuid():N}.db");

    /// <summary>INF-04: the Data Protection keys of this database, a folder of its own next to it.</summary>
    public string KeysPath => DatabasePath + ".keys";

    /// <summary>Leaves the database and its keys behind on dispose, for a second factory that restarts on them.</summary>
    public bool KeepFiles { get; init; }

    /// <summary>Replaces the clock when set before the host starts.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Lets a test class seed its reference data once per factory.</summary>
    public bool Seeded { get; set; }

    /// <summary>What a test class seeded once and its other tests read back.</summary>
    public Dictionary<string, object> Items { get; } = [];

    /// <summary>Extra settings, applied before the app reads its configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Console", $"Data Source={DatabasePath}");
        builder.UseSetting("ServiceConsole:DataProtection:KeysPath", KeysPath);
        builder.UseSetting("ServiceConsole:Ingest:ApiKey", ApiKey);
        builder.UseSetting("ServiceConsole:Demo:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Time is { } time)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(time)));
        }
    }

    public HttpClient CreateApiClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Adds an agent straight to the database: in its own channel's test team, or in <paramref name="team"/> (an existing team).</summary>
    public virtual async Task SeedAgentAsync(string code, string channel, string status = "available", string? team = null)
    {
        _ = Services; // the host starts (and migrates the database) on first use; seeding may come first
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO Teams (Code, Name, Channel) VALUES ($team, $team, $channel);
            INSERT INTO Agents (Code, Name, TeamCode, Channel, Status, StatusSince, IdleSince)
            VALUES ($code, $code, $team, $channel, $status, 0, $idle);
            """;
        foreach (var (name, value) in SeededAgent(code, channel, status, team))
        {
            command.Parameters.AddWithValue("$" + name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The stored values of an agent seeded by <see cref="SeedAgentAsync"/>, by parameter name, for every provider's
    /// seeding: its team (its channel's test team unless given), the channel and status as stored, and an idle time
    /// that orders agents by their code's number (routing takes the longest idle first).
    /// </summary>
    protected static IEnumerable<(string Name, object Value)> SeededAgent(string code, string channel, string status, string? team) =>
    [
        ("team", team ?? $"T-{channel}"),
        ("channel", char.ToUpperInvariant(channel[0]) + channel[1..]),
        ("code", code),
        ("status", status switch
        {
            "away" => "Away",
            "on-contact" => "OnContact",
            _ => "Available",
        }),
        ("idle", DateTimeOffset.UnixEpoch.UtcTicks + int.Parse(code[1..], System.Globalization.CultureInfo.InvariantCulture)),
    ];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (KeepFiles)
        {
            return;
        }

        DeleteKeys(KeysPath);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
                // A file still held open is left to the temp cleaner.
            }
        }
    }

    /// <summary>Removes a test database's key folder; one still in use is left to the temp cleaner.</summary>
    public static void DeleteKeys(string keysPath)
    {
        try
        {
            if (Directory.Exists(keysPath))
            {
                Directory.Delete(keysPath, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
