using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceConsole.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ServiceConsole.Tests.Process.OpenApi;

/// <summary>
/// Issue 14 part 5: the integration traffic, with the API key and with a sign-in cookie, goes through Stoplight Prism
/// in proxy mode against the console's own <c>/openapi/v1.json</c>, and Prism finds no request and no response that
/// breaks the document. A generated client or a validating gateway built on the document accepts what the API does.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class OpenApiProxyValidationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ApiKey = "openapi-test-key-0123456789";
    private const string Password = "Demo@2026";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"serviceconsole-openapi-{Guid.NewGuid():N}.db");
    private readonly string _document = Path.Combine(Path.GetTempPath(), $"serviceconsole-openapi-{Guid.NewGuid():N}.json");
    private readonly List<string> _failures = [];
    private ConsoleProcess? _console;
    private PrismProxy? _prism;
    private int _exchanges;

    public async Task InitializeAsync()
    {
        _console = ConsoleProcess.Start("Development", new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = $"Data Source={_database}",
            ["ServiceConsole:Ingest:ApiKey"] = ApiKey,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
        });
        var console = await _console.WaitUntilListeningAsync(TimeSpan.FromSeconds(120));
        using var direct = new HttpClient { BaseAddress = console };
        await File.WriteAllTextAsync(_document, await direct.GetStringAsync("/openapi/v1.json"));
        _prism = await PrismProxy.StartAsync(_document, console, TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task The_integration_traffic_through_Prism_breaks_no_request_and_no_response_of_the_document()
    {
        var console = _console!.BaseAddress;
        using var key = new HttpClient { BaseAddress = _prism!.Address, Timeout = TimeSpan.FromSeconds(60) };
        key.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var now = DateTimeOffset.UtcNow;
        var month = now.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // Contacts: the optional fields left out, then all given; a retry, a conflicting retry, a refused phone, an unknown id.
        var contact = await Expect(key, HttpMethod.Post, "/api/v1/contacts", HttpStatusCode.Created, new
        {
            externalId = "oa-contact-1", channel = "phone", customerName = "王女士", customerPhone = "13800138000",
        });
        await Expect(key, HttpMethod.Post, "/api/v1/contacts", HttpStatusCode.OK, new
        {
            externalId = "oa-contact-1", channel = "phone", customerName = "王女士", customerPhone = "13800138000",
        });
        await Expect(key, HttpMethod.Post, "/api/v1/contacts", HttpStatusCode.Conflict, new
        {
            externalId = "oa-contact-1", channel = "online", customerName = "王女士", customerPhone = "13800138000",
        });
        var full = await Expect(key, HttpMethod.Post, "/api/v1/contacts", HttpStatusCode.Created, new
        {
            externalId = "oa-contact-2", channel = "online", customerName = "李先生", customerPhone = "0571-88886666",
            waybillNo = "YD4312345678901", topic = "query", arrivedAt = now.AddMinutes(-1), agentCode = (string?)null,
        });
        await Expect(key, HttpMethod.Post, "/api/v1/contacts", HttpStatusCode.BadRequest, new
        {
            externalId = "oa-contact-3", channel = "phone", customerName = "王女士", customerPhone = "12345",
        });
        await Expect(key, HttpMethod.Get, $"/api/v1/contacts/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        var contactId = contact.GetProperty("id").GetGuid();
        await Expect(key, HttpMethod.Get, $"/api/v1/contacts/{contactId}", HttpStatusCode.OK);

        var agents = await Expect(key, HttpMethod.Get, "/api/v1/agents", HttpStatusCode.OK);
        var phoneAgent = contact.GetProperty("agentCode").GetString()
            ?? agents.EnumerateArray().First(a => a.GetProperty("channel").GetString() == "phone").GetProperty("code").GetString()!;
        await Expect(key, HttpMethod.Get, $"/api/v1/agents/{phoneAgent}/kpi?month={month}", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Post, $"/api/v1/contacts/{contactId}/answer", HttpStatusCode.OK, new { agentCode = phoneAgent });
        await Expect(key, HttpMethod.Post, $"/api/v1/contacts/{contactId}/answer", HttpStatusCode.Conflict, new { agentCode = phoneAgent });
        await Expect(key, HttpMethod.Post, $"/api/v1/contacts/{contactId}/close", HttpStatusCode.OK, new { resolved = true, satisfaction = 5 });

        // Callbacks: a promise on the second contact, the open list, and the promise kept.
        var promise = await Expect(key, HttpMethod.Post, $"/api/v1/contacts/{full.GetProperty("id").GetGuid()}/promise", HttpStatusCode.Created,
            new { agentCode = agents.EnumerateArray().First(a => a.GetProperty("channel").GetString() == "online").GetProperty("code").GetString() });
        await Expect(key, HttpMethod.Get, "/api/v1/callbacks?status=open", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Post, $"/api/v1/callbacks/{promise.GetProperty("id").GetGuid()}/complete", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Get, $"/api/v1/alerts?since={Uri.EscapeDataString(now.AddHours(-1).ToString("O", CultureInfo.InvariantCulture))}", HttpStatusCode.OK);

        // Complaints: register (optional fields left out), retry, read, list, and the lifecycle to closed; then a refused transition.
        var complaintBody = new
        {
            externalId = "oa-complaint-1", channel = "phone", customerName = "李先生", customerPhone = "13900139000",
            waybillNo = "YD4312345678901", outletCode = "HZ-XH-01", category = "delay", delayDays = 2, shippingFee = 12.0m,
            demand = "赔偿", insuredValue = (decimal?)null,
        };
        var complaint = await Expect(key, HttpMethod.Post, "/api/v1/complaints", HttpStatusCode.Created, complaintBody);
        await Expect(key, HttpMethod.Post, "/api/v1/complaints", HttpStatusCode.OK, complaintBody);
        var complaintId = complaint.GetProperty("id").GetGuid();
        await Expect(key, HttpMethod.Get, $"/api/v1/complaints/{complaintId}", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Get, "/api/v1/complaints?status=all&page=1&pageSize=10", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Post, $"/api/v1/complaints/{complaintId}/verify", HttpStatusCode.OK, new { findings = "包裹在网点滞留两天", faultParty = "none" });
        await Expect(key, HttpMethod.Post, $"/api/v1/complaints/{complaintId}/propose", HttpStatusCode.OK, new { kind = "coupon", amount = 12.0m, note = "运费券" });
        await Expect(key, HttpMethod.Post, $"/api/v1/complaints/{complaintId}/accept", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Post, $"/api/v1/complaints/{complaintId}/callback", HttpStatusCode.OK, new { satisfied = true, satisfaction = 5 });
        await Expect(key, HttpMethod.Post, $"/api/v1/complaints/{complaintId}/verify", HttpStatusCode.Conflict, new { findings = "再次核实" });
        await Expect(key, HttpMethod.Post, "/api/v1/compensation/quote", HttpStatusCode.OK, new { category = "delay", delayDays = 3, shippingFee = 15.0m });
        await Expect(key, HttpMethod.Post, "/api/v1/compensation/quote", HttpStatusCode.OK, new
        {
            category = "loss", repairable = false, repairCost = (decimal?)null, itemValue = 800.0m, insured = false, insuredValue = (decimal?)null, shippingFee = 15.0m,
        });

        // Emergency modes.
        await Expect(key, HttpMethod.Get, "/api/v1/emergency", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Post, "/api/v1/emergency/weather/activate", HttpStatusCode.OK, new { reason = "台风预警演练", phase = "warning", drill = true });
        await Expect(key, HttpMethod.Post, "/api/v1/emergency/weather/deactivate", HttpStatusCode.OK, new { reason = "演练结束" });

        // Attendance, overtime and promotions.
        await Expect(key, HttpMethod.Post, "/api/v1/attendance/punches", HttpStatusCode.Created, new
        {
            externalId = "oa-punch-1", agentCode = phoneAgent, at = now.AddMinutes(-2), kind = "in",
        });
        await Expect(key, HttpMethod.Post, "/api/v1/payroll/overtime/quote", HttpStatusCode.OK, new { monthlyBase = 4200m, hours = 2m, dayKind = "restday" });
        await Expect(key, HttpMethod.Get, "/api/v1/promotions", HttpStatusCode.OK);
        await Expect(key, HttpMethod.Get, $"/api/v1/attendance?agentCode={phoneAgent}&month={month}", HttpStatusCode.OK);

        // People with the sign-in cookie: an admin reads the audit chain, a supervisor ingests, an agent is refused the audit.
        using var admin = await SignInAsync(console, "admin");
        await Expect(admin, HttpMethod.Get, "/api/v1/audit?limit=5", HttpStatusCode.OK);
        await Expect(admin, HttpMethod.Get, "/api/v1/audit/verify", HttpStatusCode.OK);
        await Expect(admin, HttpMethod.Get, "/api/v1/promotions/publicity", HttpStatusCode.OK);
        using var supervisor = await SignInAsync(console, "supervisor");
        await Expect(supervisor, HttpMethod.Post, "/api/v1/contacts", HttpStatusCode.Created, new
        {
            externalId = "oa-contact-cookie", channel = "offline", customerName = "赵女士", customerPhone = "13700137000",
        });
        await Expect(supervisor, HttpMethod.Get, "/api/v1/complaints?status=open", HttpStatusCode.OK);
        using var agent = await SignInAsync(console, "agent");
        await Expect(agent, HttpMethod.Get, "/api/v1/audit", HttpStatusCode.Forbidden);

        output.WriteLine($"{_exchanges} exchanges through Prism.");
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {_exchanges} exchanges broke the document:\n{string.Join("\n\n", _failures)}\n\nPrism:\n{_prism.Output}");
    }

    /// <summary>Sends one request through Prism; records a failure for an unexpected status or any Prism violation.</summary>
    private async Task<JsonElement> Expect(HttpClient client, HttpMethod method, string path, HttpStatusCode expected, object? body = null)
    {
        _exchanges++;
        using var request = new HttpRequestMessage(method, new Uri(_prism!.Address, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        else if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var violations = response.Headers.TryGetValues("sl-violations", out var values) ? string.Join(" ", values) : null;
        if (violations is not null || response.StatusCode != expected)
        {
            _failures.Add($"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}; violations: {violations ?? "none"}\n{text}");
        }

        var trimmed = text.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }

    /// <summary>Signs in at the console itself (the sign-in form is no part of the API document) and returns a client that
    /// sends the cookie and the antiforgery request token to Prism: cookies do not depend on the port.</summary>
    private async Task<HttpClient> SignInAsync(Uri console, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _prism!.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var page = await client.GetStringAsync(new Uri(console, "/account/login"));
        var token = InputValue().Match(AntiforgeryInput().Match(page).Value).Groups[1].Value;
        using var signIn = await client.PostAsync(new Uri(console, "/account/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = Password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {userName} failed: {(int)signIn.StatusCode}");
        var tokens = await client.GetFromJsonAsync<JsonElement>(new Uri(console, "/account/antiforgery"));
        client.DefaultRequestHeaders.Add(tokens.GetProperty("headerName").GetString()!, tokens.GetProperty("token").GetString());
        return client;
    }

    [GeneratedRegex("<input[^>]*__RequestVerificationToken[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex InputValue();

    public async Task DisposeAsync()
    {
        if (_prism is not null)
        {
            await _prism.DisposeAsync();
        }

        if (_console is not null)
        {
            await _console.DisposeAsync();
        }

        File.Delete(_document);
        var keys = ConsoleProcess.KeysPathOf($"Data Source={_database}");
        if (Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }

        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
