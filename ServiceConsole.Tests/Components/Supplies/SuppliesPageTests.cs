using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Supplies;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Supplies;

namespace ServiceConsole.Tests.Components.Supplies;

/// <summary>EMG-06: the supplies page shows and prints the contact list and the paper form; editors see field errors where they typed.</summary>
public sealed class SuppliesPageTests : ConsoleComponentTest
{
    private static readonly SupplyContactView Hotline = new(Guid.NewGuid(), "技术保障部值班热线", SupplyContactRole.TechnicalTeam, "400-820-8820", "7×24");
    private readonly FakeSuppliesService _supplies = new();

    public SuppliesPageTests()
    {
        Services.AddSingleton<ISuppliesService>(_supplies);
        _supplies.Current = new SuppliesView([Hotline], [SupplyContactRole.OutletHead], "coordinator", DateTimeOffset.UnixEpoch);
    }

    private IRenderedComponent<SuppliesPage> RenderAs(string role)
    {
        SignInAs(role.ToLowerInvariant(), role);
        return Render<SuppliesPage>();
    }

    private static void Fill(IRenderedComponent<SuppliesPage> cut, string name, string phone)
    {
        cut.Find("[data-field=name] input").Input(name);
        cut.Find("[data-field=phone] input").Input(phone);
        cut.Find("[data-testid=save-contact]").Click();
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_everyone_sees_the_contact_list_the_missing_role_and_the_paper_form_but_only_editors_edit()
    {
        var cut = RenderAs(Roles.Agent);

        Assert.Contains("400-820-8820", cut.Find("[data-testid=contacts]").TextContent);
        Assert.Contains("网点负责人", cut.Find("[data-testid=supplies-missing]").TextContent);
        Assert.Contains("系统故障客户登记表", cut.Find("[data-testid=paper-form]").TextContent);
        Assert.Contains("客户姓名*", cut.Find("[data-testid=paper-form-fields]").TextContent);
        Assert.Equal("/emergency/outage/paper-form", cut.Find("[data-testid=open-paper-form]").GetAttribute("href"));
        Assert.NotNull(cut.Find(".sc-print"));
        Assert.Empty(cut.FindAll("[data-testid=add-contact]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-contact]"));
    }

    [Theory]
    [Trait("Rule", "EMG-06")]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Admin)]
    public void EMG_06_coordinators_supervisors_and_admins_edit_the_list(string role)
    {
        var cut = RenderAs(role);

        Assert.NotNull(cut.Find("[data-testid=add-contact]"));
        Assert.NotNull(cut.Find("[data-testid=edit-contact]"));
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_a_refused_phone_is_worded_in_chinese_on_the_phone_field()
    {
        _supplies.SaveResult = _ => OperationResult<SuppliesView>.Invalid("phone", "The phone must be 3–15 digits.");
        var cut = RenderAs(Roles.Coordinator);
        cut.Find("[data-testid=add-contact]").Click();

        Fill(cut, "王建国", "12");

        Assert.Contains("请填写可拨打的号码(3–15 位数字)", cut.Find("[data-field=phone]").TextContent);
        Assert.DoesNotContain("请填写可拨打的号码", cut.Find("[data-field=name]").TextContent);
        Assert.Contains("请修改标红的内容", cut.Find("[data-testid=contact-failure]").TextContent);
        Assert.DoesNotContain("must be", cut.Markup);
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_the_same_name_and_number_again_is_called_a_duplicate_not_a_bad_number()
    {
        _supplies.SaveResult = _ => OperationResult<SuppliesView>.Invalid("phone", "already on the list.");
        var cut = RenderAs(Roles.Coordinator);
        cut.Find("[data-testid=add-contact]").Click();

        Fill(cut, "技术保障部值班热线", "400 820 8820");

        Assert.Contains("此联系人及号码已在名单中", cut.Find("[data-field=phone]").TextContent);
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_a_saved_contact_closes_the_editor_and_shows_the_new_list()
    {
        var outletHead = new SupplyContactView(Guid.NewGuid(), "王建国", SupplyContactRole.OutletHead, "139-0571-2468", null);
        _supplies.SaveResult = _ => OperationResult<SuppliesView>.Ok(new SuppliesView([Hotline, outletHead], [], "coordinator", DateTimeOffset.UnixEpoch));
        var cut = RenderAs(Roles.Coordinator);
        cut.Find("[data-testid=add-contact]").Click();

        Fill(cut, "王建国", "139-0571-2468");

        Assert.Empty(cut.FindAll("[data-testid=contact-editor]"));
        Assert.Contains("139-0571-2468", cut.Find("[data-testid=contacts]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=supplies-ready]"));
        Assert.Equal("王建国", Assert.Single(_supplies.Saves).Name);
    }
}
