using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Account;

/// <summary>
/// Issue 11 part 5: one Content-Security-Policy on every answer (pages rendered by Blazor included), HSTS outside
/// Development, and the rate limits: sign-in per user name and per address, the API key's writes per second, each
/// answered 429 with Retry-After and problem details. The limits here are small on purpose; the defaults are far above
/// what any test sends.
/// </summary>
public sealed class BrowserHardeningHeaderTests(BrowserHardeningHeaderTests.Factory factory) : IClassFixture<BrowserHardeningHeaderTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Settings["ServiceConsole:RateLimits:SignInPerMinutePerUser"] = "3";
            Settings["ServiceConsole:RateLimits:SignInPerMinutePerAddress"] = "12";
            Settings["ServiceConsole:RateLimits:IngestPerSecond"] = "2";
        }
    }

    private static readonly string[] Directives =
    [
        "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
        "font-src 'self' data:", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'",
    ];

    private HttpClient Client(string address = "http://localhost") =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(address) });

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/healthz")]
    [InlineData("/api/v1/agents")]
    public async Task Every_answer_carries_exactly_one_content_security_policy_with_every_directive(string path)
    {
        var response = await Client().GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in Directives)
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }

        Assert.Contains("connect-src 'self' ws://localhost wss://localhost", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_rendered_by_blazor_carries_only_the_consoles_policy_and_no_inline_script()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var response = await supervisor.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        // Every <script> names a file of the console (script-src 'self' allows no inline one).
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), tag => Assert.Contains("src=", tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HSTS_is_sent_over_https_outside_development()
    {
        var response = await Client("https://console.example").GetAsync("/healthz");

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> TrySignInAsync(string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = "wrong-password-1",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal(RateLimits.ProblemType, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_burst_of_sign_ins_for_one_user_name_and_then_from_one_address_gets_429_with_retry_after()
    {
        // Per user name (3 a minute here): the fourth try for the same name, whatever its password, waits.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync("burst-user")).StatusCode);
        }

        await AssertTooManyAsync(await TrySignInAsync("BURST-USER"));

        // Per address (12 a minute here, 4 used above and maybe one by another test): different names from the same
        // address run out too, at the latest with the 13th attempt of the minute.
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 9 && answers.LastOrDefault()?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            answers.Add(await TrySignInAsync($"spray-{i}"));
        }

        Assert.True(answers.Count >= 7, $"refused after only {answers.Count} names");
        Assert.All(answers.SkipLast(1), a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        await AssertTooManyAsync(answers[^1]);
    }

    [Fact]
    public async Task Ingest_over_its_configured_rate_gets_429_with_retry_after_while_reads_pass()
    {
        var api = factory.CreateApiClient();
        var posts = Enumerable.Range(0, 20).Select(i => api.PostAsJsonAsync("/api/v1/contacts",
            new { externalId = $"rate-{i}", channel = "phone", customerName = "王女士", customerPhone = "13800138000" }));

        var answers = await Task.WhenAll(posts);

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        await AssertTooManyAsync(refused[0]);
        Assert.All(await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => api.GetAsync("/api/v1/agents"))), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
