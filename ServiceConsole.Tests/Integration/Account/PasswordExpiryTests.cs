using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Account;

/// <summary>
/// INF-06: a password expires after Policy:Information:PasswordExpiryDays (15) on the console's clock, and its owner
/// changes it before any other page or API call; the API key is not a person and never stops. Each test has a console
/// of its own, its clock at the seeding moment.
/// </summary>
public sealed partial class PasswordExpiryTests
{
    private static readonly DateTimeOffset Seeded = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private const string NewPassword = "Changed#2026x";

    private sealed class Factory : ConsoleAppFactory
    {
        public Factory(FakeTimeProvider clock)
        {
            Time = clock;
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private static async Task<(Factory Factory, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(Seeded);
        var factory = new Factory(clock);
        _ = factory.Services; // seeds the demo logins at the clock's start
        return (factory, clock);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_a_fresh_demo_does_not_ask_and_after_14_days_nothing_is_forced()
    {
        var (factory, clock) = await StartAsync();
        await using var _ = factory;

        clock.Advance(TimeSpan.FromDays(14));
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var page = await supervisor.GetAsync("/");
        Assert.NotEqual("/account/password", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/v1/agents")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_after_15_days_every_page_leads_to_the_change_and_every_api_call_is_403_but_the_api_key_works()
    {
        var (factory, clock) = await StartAsync();
        await using var _ = factory;

        clock.Advance(TimeSpan.FromDays(15));
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var board = await supervisor.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        Assert.Equal("/account/password?returnUrl=%2Fdesk", board.Headers.Location!.OriginalString);

        var api = await supervisor.GetAsync("/api/v1/agents");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Password change required.", problem.GetProperty("title").GetString());

        // The live hub and the circuit are calls too.
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateApiClient().GetAsync("/api/v1/agents")).StatusCode);
        var changePage = await supervisor.GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.OK, changePage.StatusCode);
        Assert.Contains("15", await changePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_the_change_page_names_the_wrong_field_and_a_good_change_opens_the_console_for_another_15_days()
    {
        var (factory, clock) = await StartAsync();
        await using var _ = factory;
        clock.Advance(TimeSpan.FromDays(16));
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var wrongCurrent = await PostChangeAsync(agent, "not-the-password", NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.OK, wrongCurrent.StatusCode);
        var html = await wrongCurrent.Content.ReadAsStringAsync();
        Assert.Matches("id=\"current-error\"[^>]*>当前密码不正确", html);
        Assert.DoesNotContain("id=\"new-error\"", html, StringComparison.Ordinal);

        var mismatch = await (await PostChangeAsync(agent, DemoOptions.DefaultPassword, NewPassword, NewPassword + "!")).Content.ReadAsStringAsync();
        Assert.Matches("id=\"confirm-error\"[^>]*>两次输入的新密码不一致", mismatch);

        var weak = await (await PostChangeAsync(agent, DemoOptions.DefaultPassword, "short", "short")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"new-error\"", weak, StringComparison.Ordinal);

        var done = await PostChangeAsync(agent, DemoOptions.DefaultPassword, NewPassword, NewPassword, returnUrl: "/desk");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/desk", done.Headers.Location!.AbsolutePath);

        // INF-05: the change is on the audit chain, at the moment it happened.
        Assert.Equal(clock.GetUtcNow(), await factory.Services.GetRequiredService<IAuditTrail>().LastAsync("agent", AuditActions.PasswordChange));

        // The refreshed cookie carries the new date: the console is open again, for the next 14 days.
        Assert.NotEqual(HttpStatusCode.Redirect, (await agent.GetAsync("/desk")).StatusCode);
        clock.Advance(TimeSpan.FromDays(14));
        var again = await factory.SignInAsync("agent", NewPassword);
        Assert.NotEqual(HttpStatusCode.Redirect, (await again.GetAsync("/desk")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_an_account_without_a_password_date_must_change_and_a_demo_database_from_before_the_column_gets_15_days_at_the_next_seed()
    {
        var (factory, clock) = await StartAsync();
        await using var _ = factory;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE AspNetUsers SET PasswordChangedAt = NULL";
            await command.ExecuteNonQueryAsync();
        }

        // Without a date an account is expired: its owner changes the password first.
        var before = await factory.SignInAsync("hr", DemoOptions.DefaultPassword);
        Assert.Equal("/account/password", (await before.GetAsync("/")).Headers.Location?.OriginalString.Split('?')[0]);

        clock.Advance(TimeSpan.FromDays(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ServiceConsole.Web.Demo.DemoSeeder>().SeedAsync(CancellationToken.None);
        }

        var after = await factory.SignInAsync("hr", DemoOptions.DefaultPassword);
        Assert.NotEqual(HttpStatusCode.Redirect, (await after.GetAsync("/")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_a_password_the_admin_set_on_a_new_account_or_by_a_reset_must_be_changed_at_the_first_sign_in()
    {
        var (factory, _) = await StartAsync();
        await using var _ = factory;
        var admin = await factory.SignInAsync("admin", DemoOptions.DefaultPassword);
        const string Temporary = "Temp#2026xyz";

        var created = await admin.PostAsJsonAsync("/api/v1/users", new { login = "new.person", displayName = "新员工", roles = new[] { "Trainer" }, password = Temporary });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reset = await admin.PostAsJsonAsync("/api/v1/users/trainer/reset-password", new { password = Temporary });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        foreach (var login in new[] { "new.person", "trainer" })
        {
            var person = await factory.SignInAsync(login, Temporary);
            Assert.Equal("/account/password", (await person.GetAsync("/")).Headers.Location?.OriginalString.Split('?')[0]);
            Assert.Equal(HttpStatusCode.Redirect, (await PostChangeAsync(person, Temporary, NewPassword, NewPassword)).StatusCode);
            Assert.NotEqual(HttpStatusCode.Redirect, (await person.GetAsync("/")).StatusCode);
        }
    }

    internal static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string next, string confirm, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/account/password");
        var token = Token().Match(page).Groups[1].Value;
        return await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Form.Current"] = current,
            ["Form.New"] = next,
            ["Form.Confirm"] = confirm,
            ["Form.ReturnUrl"] = returnUrl,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
