using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Tests.Integration.Account;

/// <summary>
/// Issue 11, first steps: the sign-in page never tells which accounts exist (an unknown name locks after as many tries as
/// a real one), and every answer carries the hardening headers.
/// </summary>
public sealed class SignInHardeningTests(SignInHardeningTests.Factory factory) : IClassFixture<SignInHardeningTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private async Task<string> SignInAsync(string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<string[]> SixWrongTriesAsync(string userName)
    {
        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await SignInAsync(userName, "wrong-password-1")).Split('&')[0]);
        }

        return [.. answers];
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task An_unknown_user_name_is_answered_exactly_like_a_real_account_locked_after_five_failures()
    {
        var real = await SixWrongTriesAsync("trainer");
        var unknown = await SixWrongTriesAsync("no-such-person");

        Assert.Equal(real, unknown);
        Assert.Equal(["/account/login?error=invalid"], real.Take(4).Distinct());
        Assert.StartsWith("/account/login?error=locked", real[5], StringComparison.Ordinal);
        // A locked unknown name stays locked even with any password, like a real account.
        Assert.StartsWith("/account/login?error=locked", await SignInAsync("no-such-person", "anything-at-all"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/healthz")]
    public async Task Every_answer_carries_nosniff_a_same_origin_referrer_and_no_unused_browser_features(string path)
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SecurityHeaders.ReferrerPolicy, response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(SecurityHeaders.PermissionsPolicy, response.Headers.GetValues("Permissions-Policy").Single());
    }

    [Theory]
    [InlineData("/hubs/live/negotiate?negotiateVersion=1")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task A_page_of_another_site_cannot_open_the_live_channels_with_a_signed_in_cookie(string negotiate)
    {
        var supervisor = await factory.SignInAsync("supervisor", ServiceConsole.Web.Configuration.DemoOptions.DefaultPassword);

        using var foreign = new HttpRequestMessage(HttpMethod.Post, negotiate) { Headers = { { "Origin", "https://evil.example" } } };
        using var own = new HttpRequestMessage(HttpMethod.Post, negotiate) { Headers = { { "Origin", supervisor.BaseAddress!.GetLeftPart(UriPartial.Authority) } } };

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.SendAsync(foreign)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.SendAsync(own)).StatusCode);
    }
}
