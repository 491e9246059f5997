using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Account;

/// <summary>INF-05/06: sign-in, a failed sign-in (a real or an unknown name), the lockout and sign-out each leave an audit row.</summary>
public sealed class AccountAuditTests(AccountAuditTests.Factory factory) : IClassFixture<AccountAuditTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private IAuditTrail Trail => factory.Services.GetRequiredService<IAuditTrail>();

    private async Task<HttpResponseMessage> TrySignInAsync(string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task INF_05_a_failed_sign_in_leaves_a_row_for_a_real_and_for_an_unknown_name_and_the_fifth_a_lockout()
    {
        await TrySignInAsync("hr", "wrong-password-1");
        await TrySignInAsync("nobody-here", "wrong-password-1");

        Assert.NotNull(await Trail.LastAsync("hr", AuditActions.SignInFailed));
        Assert.NotNull(await Trail.LastAsync("nobody-here", AuditActions.SignInFailed));
        Assert.Null(await Trail.LastAsync("hr", AuditActions.Lockout));

        for (var i = 0; i < 4; i++)
        {
            await TrySignInAsync("hr", "wrong-password-1");
        }

        Assert.NotNull(await Trail.LastAsync("hr", AuditActions.Lockout));
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task INF_05_sign_in_and_sign_out_each_leave_a_row()
    {
        var admin = await factory.SignInAsync("admin", DemoOptions.DefaultPassword);
        Assert.NotNull(await Trail.LastAsync("admin", AuditActions.SignIn));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/account/logout", null)).StatusCode);
        Assert.NotNull(await Trail.LastAsync("admin", AuditActions.SignOut));
    }
}
