using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Tests.Integration.Account;

/// <summary>
/// INF-06 and issue 11 part 4: sign-out and a disabled account end every session of the user within a minute (the
/// security stamp, checked on the console's clock), the cookie is Secure over HTTPS and SameSite=Strict, and a
/// cookie-authenticated write without the antiforgery token is refused while the API key is not.
/// </summary>
public sealed class SessionHardeningTests(SessionHardeningTests.Factory factory) : IClassFixture<SessionHardeningTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

        public Factory()
        {
            Time = Clock;
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private HttpClient WithCookie(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_after_sign_out_a_saved_cookie_is_refused_within_a_minute()
    {
        var (client, cookie) = await factory.SignInWithCookieAsync("coordinator", DemoOptions.DefaultPassword);
        var saved = WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await saved.GetAsync("/api/v1/emergency")).StatusCode);

        var signOut = await client.PostAsync("/account/logout", null);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await saved.GetAsync("/api/v1/emergency")).StatusCode);
        var page = await saved.GetAsync("/emergency");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_a_disabled_account_loses_its_sessions_within_a_minute_and_cannot_sign_in()
    {
        var (_, cookie) = await factory.SignInWithCookieAsync("trainer", DemoOptions.DefaultPassword);
        var saved = WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await saved.GetAsync("/api/v1/agents")).StatusCode);

        var admin = await factory.SignInAsync("admin", DemoOptions.DefaultPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/users/trainer/disable", null)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await saved.GetAsync("/api/v1/agents")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("trainer", DemoOptions.DefaultPassword));
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_an_open_screen_finds_its_session_ended_when_the_security_stamp_changes()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ConsoleUser>>();
        var hr = (await users.FindByNameAsync("hr"))!;
        var circuitUser = await principals.CreateAsync(hr);
        var scopes = factory.Services.GetRequiredService<IServiceScopeFactory>();

        Assert.True(await RevalidatingConsoleAuthenticationStateProvider.IsStillValidAsync(scopes, circuitUser));
        await users.UpdateSecurityStampAsync(hr);
        Assert.False(await RevalidatingConsoleAuthenticationStateProvider.IsStillValidAsync(scopes, circuitUser));
        var integration = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "integration")], ApiKeyAuthenticationHandler.SchemeName));
        Assert.True(await RevalidatingConsoleAuthenticationStateProvider.IsStillValidAsync(scopes, integration));
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task The_sign_in_cookie_is_SameSite_Strict_and_Secure_whenever_the_request_is_https(string address, bool secure)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(address) });
        var page = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "specialist",
            ["password"] = DemoOptions.DefaultPassword,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ServiceConsole.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cookie_write_without_the_antiforgery_token_is_refused_and_the_api_key_is_not_asked_for_one()
    {
        var (_, cookie) = await factory.SignInWithCookieAsync("supervisor", DemoOptions.DefaultPassword);
        var forged = WithCookie(cookie);
        var contact = new { externalId = "csrf-1", channel = "phone", customerName = "王女士", customerPhone = "13800138000" };

        var refused = await forged.PostAsJsonAsync("/api/v1/contacts", contact);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(CookieAntiforgery.ProblemType, problem.GetProperty("type").GetString());
        // Sign-out is a state change too: without the token the session stays.
        Assert.Equal(HttpStatusCode.BadRequest, (await forged.PostAsync("/account/logout", null)).StatusCode);

        var withToken = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);
        Assert.Equal(HttpStatusCode.Created, (await withToken.PostAsJsonAsync("/api/v1/contacts", contact)).StatusCode);
        var byKey = await factory.CreateApiClient().PostAsJsonAsync(
            "/api/v1/contacts", new { externalId = "csrf-2", channel = "phone", customerName = "王女士", customerPhone = "13800138000" });
        Assert.Equal(HttpStatusCode.Created, byKey.StatusCode);
    }
}
