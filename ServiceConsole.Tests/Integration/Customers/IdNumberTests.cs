using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.IdCopies;

namespace ServiceConsole.Tests.Integration.Customers;

/// <summary>
/// INF-04: an ID-card number given for real-name sending is validated (GB 11643), stored only protected with keys
/// outside the database, read in clear only by the owner of the work, and destroyed when its copy expires.
/// </summary>
public sealed class IdNumberTests(IdNumberTests.Factory factory) : IClassFixture<IdNumberTests.Factory>
{
    /// <summary>The GB 11643 example: region 110105, born 1949-12-31, sequence 002, check character X.</summary>
    public const string Valid = "11010519491231002X";

    private const string Password = "Demo@2026";
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Time = new FakeTimeProvider(Start);
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }

        public ConcurrentQueue<string> Logged { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new RecordingLoggerProvider(Logged)));
        }
    }

    private FakeTimeProvider Clock => (FakeTimeProvider)factory.Time!;

    private static object Contact(string externalId, string? idNumber, string agentCode = "A001") => new
    {
        externalId, channel = "online", customerName = "王女士", customerPhone = "13800138000", agentCode, idNumber,
    };

    private static object Complaint(string externalId, string? idNumber) => new
    {
        externalId, channel = "phone", customerName = "李先生", customerPhone = "13900139000", waybillNo = "YD4312345678901",
        outletCode = "HZ-XH-01", category = "delay", delayDays = 1, shippingFee = 12.0, demand = "尽快处理", idNumber,
    };

    [Fact]
    [Trait("Rule", "INF-04")]
    public async Task A_valid_number_is_accepted_on_contacts_and_complaints_with_a_seven_day_copy()
    {
        var api = factory.CreateApiClient();
        var contact = await api.PostAsJsonAsync("/api/v1/contacts", Contact("id-ok-1", "11010519491231002x"));
        var complaint = await api.PostAsJsonAsync("/api/v1/complaints", Complaint("id-ok-2", "440304199001011233"));

        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        Assert.Equal(HttpStatusCode.Created, complaint.StatusCode);
        var c = await contact.Content.ReadFromJsonAsync<JsonElement>();
        var k = await complaint.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Valid, c.GetProperty("idNumber").GetString()); // created by the key: read in clear, check character upper-cased
        Assert.Equal("440304199001011233", k.GetProperty("idNumber").GetString());
        Assert.Equal(Clock.GetUtcNow().AddDays(7), c.GetProperty("idNumberExpiresAt").GetDateTimeOffset());
        Assert.False(c.GetProperty("idNumberExpired").GetBoolean());
    }

    [Theory]
    [Trait("Rule", "INF-04")]
    [InlineData("/api/v1/contacts", "110105194912310029")] // the check character should be X
    [InlineData("/api/v1/complaints", "110105194912310029")]
    [InlineData("/api/v1/contacts", "110105194902300020")] // right check character, but 30 February
    [InlineData("/api/v1/complaints", "110105194902300020")]
    [InlineData("/api/v1/contacts", "11010519491231002")]  // 17 characters
    public async Task An_invalid_number_is_refused_with_a_field_error_that_does_not_repeat_it(string path, string idNumber)
    {
        var externalId = $"id-bad-{Guid.NewGuid():N}";
        var body = path.EndsWith("contacts", StringComparison.Ordinal) ? Contact(externalId, idNumber) : Complaint(externalId, idNumber);

        var response = await factory.CreateApiClient().PostAsJsonAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty("idNumber", out _), text);
        Assert.DoesNotContain(idNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logged, line => line.Contains(idNumber, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public async Task The_number_never_appears_in_the_database_file_or_a_log_and_the_keys_live_outside_it()
    {
        var api = factory.CreateApiClient();
        (await api.PostAsJsonAsync("/api/v1/contacts", Contact("id-file-1", "440304199001011233"))).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/complaints", Complaint("id-file-2", "440304199001011233"))).EnsureSuccessStatusCode();

        foreach (var file in new[] { factory.DatabasePath, factory.DatabasePath + "-wal" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("440304199001011233"u8));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("4403041990010112"u8)); // not even the region and birth date
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("440304199001011233")));
        }

        Assert.NotEmpty(Directory.GetFiles(factory.KeysPath, "key-*.xml"));
        Assert.DoesNotContain(factory.Logged, line => line.Contains("440304199001011233", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    [Trait("Rule", "INF-07")]
    public async Task The_agent_serving_the_customer_reads_the_number_in_clear_and_a_supervisor_masked()
    {
        var created = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", Contact("id-mask-1", Valid));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var complaint = await (await factory.CreateApiClient().PostAsJsonAsync("/api/v1/complaints", Complaint("id-mask-2", Valid)))
            .Content.ReadFromJsonAsync<JsonElement>();

        var agent = await factory.SignInAsync("agent", Password);
        var supervisor = await factory.SignInAsync("supervisor", Password);
        var agentSees = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{id}");
        var supervisorSees = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{id}");
        var supervisorComplaint = await supervisor.GetStringAsync($"/api/v1/complaints/{complaint.GetProperty("id").GetGuid()}");
        var supervisorList = await supervisor.GetStringAsync("/api/v1/complaints?pageSize=200");

        Assert.Equal(Valid, agentSees.GetProperty("idNumber").GetString());
        Assert.Equal("110***********002X", supervisorSees.GetProperty("idNumber").GetString());
        Assert.Contains("110***********002X", supervisorComplaint, StringComparison.Ordinal);
        Assert.DoesNotContain(Valid, supervisorComplaint, StringComparison.Ordinal);
        Assert.DoesNotContain(Valid, supervisorList, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public async Task A_retry_with_the_number_is_the_same_request_and_the_stored_fingerprint_does_not_hash_it()
    {
        var api = factory.CreateApiClient();
        var first = await api.PostAsJsonAsync("/api/v1/contacts", Contact("id-retry-1", Valid));
        var retry = await api.PostAsJsonAsync("/api/v1/contacts", Contact("id-retry-1", Valid));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(Valid, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("idNumber").GetString());
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public void The_request_fingerprint_leaves_the_number_out_and_matches_the_one_stored_before_the_field_existed()
    {
        var request = new ContactCreateRequest("fp-1", "online", "王女士", "13800138000", null, "查件", Start, "A001", Valid);
        var before = new { externalId = "fp-1", channel = "online", customerName = "王女士", customerPhone = "13800138000", waybillNo = (string?)null, topic = "查件", arrivedAt = (DateTimeOffset?)Start, agentCode = "A001" };

        var fingerprint = RequestFingerprint.Without(request, "idNumber");

        Assert.Equal(RequestFingerprint.Of(before), fingerprint);
        Assert.Equal(fingerprint, RequestFingerprint.Without(request with { IdNumber = "440304199001011233" }, "idNumber"));
        Assert.NotEqual(RequestFingerprint.Of(request), fingerprint);
    }

    internal static async Task<byte[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private sealed class RecordingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Recorder(lines);

        public void Dispose()
        {
        }

        private sealed class Recorder(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }
}

/// <summary>INF-04: a copy expires after <c>Policy:Information:IdCopyValidDays</c> (7) days and is then destroyed.</summary>
public sealed class IdNumberExpiryTests(IdNumberExpiryTests.Factory factory) : IClassFixture<IdNumberExpiryTests.Factory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = new FakeTimeProvider(Start);
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public async Task After_seven_days_the_copy_reads_as_expired_and_the_sweep_destroys_it_keeping_the_expiry()
    {
        var clock = (FakeTimeProvider)factory.Time!;
        var api = factory.CreateApiClient();
        var created = await (await api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "id-expire-1", channel = "phone", customerName = "李先生", customerPhone = "13900139000",
            waybillNo = "YD4312345678901", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, shippingFee = 12.0,
            demand = "尽快处理", idNumber = IdNumberTests.Valid,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var expiresAt = created.GetProperty("idNumberExpiresAt").GetDateTimeOffset();

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        var stillValid = await api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        // The scheduled sweep may run first on the advanced clock; either way the row below is what counts.
        await factory.Services.GetRequiredService<IdCopyExpiry>().SweepAsync(CancellationToken.None);
        var afterSweep = await api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");

        Assert.Equal(Start.AddDays(7), expiresAt);
        Assert.Equal(IdNumberTests.Valid, stillValid.GetProperty("idNumber").GetString());
        Assert.Equal(JsonValueKind.Null, expired.GetProperty("idNumber").ValueKind); // hidden at once, before the sweep
        Assert.True(expired.GetProperty("idNumberExpired").GetBoolean());
        Assert.Equal(JsonValueKind.Null, afterSweep.GetProperty("idNumber").ValueKind);
        Assert.True(afterSweep.GetProperty("idNumberExpired").GetBoolean());
        Assert.Equal(expiresAt, afterSweep.GetProperty("idNumberExpiresAt").GetDateTimeOffset());

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT IdNumberProtected IS NULL, IdNumberExpiresAt IS NOT NULL FROM Complaints WHERE ExternalId = 'id-expire-1'";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetBoolean(0), "the protected value is destroyed");
        Assert.True(reader.GetBoolean(1), "the expiry stays as the trace");
    }
}

/// <summary>INF-04: the keys outlive the process, so a restarted console still reads the numbers it stored.</summary>
public sealed class IdNumberRestartTests
{
    [Fact]
    [Trait("Rule", "INF-04")]
    public async Task A_console_restarted_on_the_same_database_and_keys_folder_still_reads_the_number()
    {
        var database = Path.Combine(Path.GetTempPath(), $"serviceconsole-idrestart-{Guid.NewGuid():N}.db");
        Guid id;
        using (var first = new ConsoleAppFactory { DatabasePath = database, KeepFiles = true })
        {
            var created = await first.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = "id-restart-1", channel = "online", customerName = "王女士", customerPhone = "13800138000", idNumber = IdNumberTests.Valid,
            });
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        using var second = new ConsoleAppFactory { DatabasePath = database };
        var seen = await second.CreateApiClient().GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{id}");

        Assert.Equal(IdNumberTests.Valid, seen.GetProperty("idNumber").GetString());
        Assert.False(seen.GetProperty("idNumberExpired").GetBoolean());
    }
}
