using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Users;

namespace ServiceConsole.Tests.Components.Users;

/// <summary>INF-06: the admin's accounts screen lists people by name, says who is locked or disabled, and changes nothing unconfirmed.</summary>
public sealed class UsersPageTests : ConsoleComponentTest
{
    private readonly FakeUserAdministration _accounts = new();

    public UsersPageTests()
    {
        Services.AddSingleton<IUserAdministration>(_accounts);
        _accounts.Users.AddRange(
        [
            new("admin", "系统管理员", [Roles.Admin], null, UserStatus.Active, null, 0, Now.AddHours(-1)),
            new("agent", "谢强", [Roles.Agent], "A001", UserStatus.Locked, Now.AddMinutes(4), 5, null),
            new("trainer", "冯培训", [Roles.Trainer], null, UserStatus.Active, null, 0, null),
            new("hr", "邓人事", [Roles.HR], null, UserStatus.Disabled, null, 0, null),
        ]);
        SignInAs("admin", Roles.Admin);
    }

    private IRenderedComponent<UsersPage> RenderPage() => Render<UsersPage>();

    private static IEnumerable<string> Rows(IRenderedComponent<UsersPage> page, string testId) =>
        page.FindAll($"[data-testid={testId}]").Select(e => e.TextContent.Trim());

    [Fact]
    [Trait("Rule", "INF-06")]
    public void INF_06_each_account_shows_its_name_first_its_roles_agent_status_and_last_sign_in_in_the_centres_zone()
    {
        var page = RenderPage();

        var names = page.FindAll("[data-testid=user-name]");
        Assert.StartsWith("系统管理员", names[0].TextContent.Trim(), StringComparison.Ordinal);
        var statuses = Rows(page, "user-status").ToList();
        Assert.Contains("正常", statuses[0], StringComparison.Ordinal);
        // Locked until 16:04 in the centre (the clock reads 16:00 there), five failures.
        Assert.Contains("锁定至 2026-11-22 16:04", statuses[1], StringComparison.Ordinal);
        Assert.Contains("5", statuses[1], StringComparison.Ordinal);
        Assert.Contains("已停用", statuses[3], StringComparison.Ordinal);
        Assert.Contains("2026-11-22 15:00", page.Markup, StringComparison.Ordinal);
        Assert.Contains("A001", page.Markup, StringComparison.Ordinal);
        Assert.Contains("培训师", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public void INF_06_the_admin_cannot_press_disable_on_their_own_row()
    {
        var page = RenderPage();

        var disables = page.FindAll("[data-testid=disable-user]");
        Assert.True(disables[0].HasAttribute("disabled"));
        Assert.False(disables[1].HasAttribute("disabled"));
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_disabling_an_account_asks_first_and_says_its_sessions_end()
    {
        var page = RenderPage();
        var dialogs = Render<MudDialogProvider>();

        var trainerRow = page.FindAll("tr").Single(r => r.InnerHtml.Contains("data-login=\"trainer\"", StringComparison.Ordinal));
        var asking = trainerRow.QuerySelector("[data-testid=disable-user]")!.ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("强制退出", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(_accounts.Calls);

        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "停用").ClickAsync(new());
        await asking;

        Assert.Equal([("disable", "trainer", "admin")], _accounts.Calls);
        page.WaitForAssertion(() => Assert.Contains("已停用 冯培训 的账号", page.Find("[data-testid=users-message]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public void INF_06_a_refused_create_shows_each_message_at_its_field()
    {
        _accounts.CreateResult = _ => OperationResult<UserResource>.Invalid(new Dictionary<string, string[]>
        {
            ["login"] = ["This login is taken; every account is personal (INF-06)."],
            ["agentCode"] = ["There is no agent Z999."],
        });
        var page = RenderPage();

        page.Find("[data-testid=new-user]").Click();
        page.Find("[data-field=login] input").Change("agent");
        page.Find("[data-field=displayName] input").Change("重名");
        page.Find("[data-role=Agent] input").Change(true);
        page.Find("[data-field=password] input").Change("Start#2026a");
        page.Find("[data-testid=save-user]").Click();

        page.WaitForAssertion(() => Assert.Contains("This login is taken", page.Find("[data-field=login]").TextContent, StringComparison.Ordinal));
        Assert.Contains("There is no agent Z999.", page.Find("[data-field=agentCode]").TextContent, StringComparison.Ordinal);
        Assert.Equal([("create", "agent", "admin")], _accounts.Calls);
        Assert.NotNull(page.Find("[data-testid=user-editor]"));
    }
}
