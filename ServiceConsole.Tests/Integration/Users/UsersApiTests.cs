using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Tests.Integration.Users;

/// <summary>INF-06: the admin's account API: create, change, disable, enable, reset, with field-level refusals, for admins only.</summary>
public sealed class UsersApiTests(UsersApiTests.Factory factory) : IClassFixture<UsersApiTests.Factory>
{
    private const string DemoPassword = "Demo@2026";
    private const string NewPassword = "Start#2026a";

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private Task<HttpClient> AdminAsync() => factory.SignInAsync("admin", DemoPassword);

    private static object NewUser(string login, string agentCode = "A040", string[]? roles = null, string password = NewPassword) =>
        new { login, displayName = $"测试 {login}", roles = roles ?? ["Agent"], agentCode, password };

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private async Task<bool> CanSignInAsync(string login, string password)
    {
        try
        {
            await factory.SignInAsync(login, password);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_an_admin_creates_an_agent_account_that_signs_in_and_the_answer_carries_no_secret()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser("wang.fang", "A039"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/users/wang.fang", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hash", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("stamp", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(NewPassword, body, StringComparison.Ordinal);
        var created = JsonDocument.Parse(body).RootElement;
        Assert.Equal("A039", created.GetProperty("agentCode").GetString());
        Assert.Equal("active", created.GetProperty("status").GetString());
        Assert.Equal(["Agent"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var list = await admin.GetStringAsync("/api/v1/users");
        Assert.Contains("wang.fang", list, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", list, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", list, StringComparison.OrdinalIgnoreCase);
        Assert.True(await CanSignInAsync("wang.fang", NewPassword));
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_a_create_names_each_bad_field_duplicate_login_unknown_role_unknown_agent_and_short_password()
    {
        var admin = await AdminAsync();

        var errors = await ErrorsAsync(await admin.PostAsJsonAsync(
            "/api/v1/users", NewUser("agent", "Z999", ["Agent", "Boss"], "Ab1!")));

        Assert.Contains("taken", errors.GetProperty("login")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Boss", errors.GetProperty("roles")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Z999", errors.GetProperty("agentCode")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.GetProperty("password").GetArrayLength() >= 1);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_an_agent_code_already_held_by_an_account_is_refused_accounts_are_never_shared()
    {
        var admin = await AdminAsync();

        // The demo's "agent" login works as A001.
        var errors = await ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/users", NewUser("second.a001", "A001")));

        Assert.Contains("agent", errors.GetProperty("agentCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_an_admin_changes_roles_agent_and_name_and_an_unknown_role_is_refused()
    {
        var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/users", NewUser("li.na", "A038"))).StatusCode);

        var refused = await ErrorsAsync(await admin.PutAsJsonAsync("/api/v1/users/li.na", new { displayName = "李娜", roles = new[] { "Wizard" } }));
        var updated = await admin.PutAsJsonAsync("/api/v1/users/li.na", new { displayName = "李娜", roles = new[] { "Supervisor" }, agentCode = (string?)null });

        Assert.True(refused.TryGetProperty("roles", out _));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var user = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("李娜", user.GetProperty("displayName").GetString());
        Assert.Equal(["Supervisor"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKind.Null, user.GetProperty("agentCode").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/v1/users/nobody", new { displayName = "x", roles = new[] { "HR" } })).StatusCode);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_a_disabled_account_cannot_sign_in_until_it_is_enabled_and_each_change_is_audited()
    {
        var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/users", NewUser("zhao.lei", "A037"))).StatusCode);

        var disabled = await admin.PostAsync("/api/v1/users/zhao.lei/disable", null);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal("disabled", (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.False(await CanSignInAsync("zhao.lei", NewPassword));

        var enabled = await admin.PostAsync("/api/v1/users/zhao.lei/enable", null);

        Assert.Equal("active", (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True(await CanSignInAsync("zhao.lei", NewPassword));
        await using var db = factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();
        var audited = await db.AuditRecords.Where(a => a.Action == AuditActions.AccountChange && a.Subject == "user:zhao.lei")
            .OrderBy(a => a.Sequence).Select(a => new { a.Actor, a.Detail }).ToListAsync();
        Assert.Equal(["admin", "admin", "admin"], audited.Select(a => a.Actor));
        Assert.StartsWith("created", audited[0].Detail, StringComparison.Ordinal);
        Assert.Equal(["disabled", "enabled"], audited.Skip(1).Select(a => a.Detail));
        Assert.DoesNotContain(audited, a => a.Detail!.Contains(NewPassword, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_an_admin_cannot_disable_their_own_account_or_drop_their_own_admin_role()
    {
        var admin = await AdminAsync();

        var self = await admin.PostAsync("/api/v1/users/admin/disable", null);
        var demote = await admin.PutAsJsonAsync("/api/v1/users/admin", new { displayName = "管理员", roles = new[] { "HR" } });

        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.True((await ErrorsAsync(demote)).TryGetProperty("roles", out _));
        Assert.True(await CanSignInAsync("admin", DemoPassword));
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_a_password_reset_sets_a_temporary_password_and_the_old_one_stops_working()
    {
        var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/users", NewUser("sun.li", "A036"))).StatusCode);

        var tooShort = await ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/users/sun.li/reset-password", new { password = "short" }));
        var reset = await admin.PostAsJsonAsync("/api/v1/users/sun.li/reset-password", new { password = "Temp#2026xyz" });

        Assert.True(tooShort.TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False(await CanSignInAsync("sun.li", NewPassword));
        Assert.True(await CanSignInAsync("sun.li", "Temp#2026xyz"));
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("agent")]
    [InlineData("hr")]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_no_one_but_an_admin_reads_or_changes_accounts(string login)
    {
        var client = await factory.SignInAsync(login, DemoPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/users", NewUser($"x-{login}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/users/trainer/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateApiClient().GetAsync("/api/v1/users")).StatusCode);
    }
}
