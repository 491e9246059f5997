using Bunit;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Components.Workspace;

public sealed class ScriptsPanelTests : WorkspaceComponentTestBase
{
    [Fact]
    [Trait("Rule", "SVC-04")]
    public void SVC_04_the_greeting_and_farewell_carry_the_configured_company_name()
    {
        Policy.Service.CompanyName = "迅达";

        var cut = Render<ScriptsPanel>();

        Assert.Contains("您好,迅达快递客服", cut.Find("[data-testid=script-greeting]").TextContent);
        Assert.Contains("感谢您选择迅达快递", cut.Find("[data-testid=script-farewell]").TextContent);
        Assert.Contains("请问还有其他需要帮您的吗?", cut.Find("[data-testid=script-closing]").TextContent);
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_typing_a_waybill_completes_the_parcel_query_checklist()
    {
        var cut = Render<ScriptsPanel>();
        Assert.Equal("false", cut.Find("[data-testid=checklist-query] [data-step=WaybillOrPhone]").GetAttribute("data-done"));

        cut.Find("[data-testid=checklist-query] input").Input("YD4312345678901");

        cut.WaitForAssertion(() =>
            Assert.Equal("true", cut.Find("[data-testid=checklist-query] [data-step=WaybillOrPhone]").GetAttribute("data-done")));
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_a_prohibited_item_type_is_flagged_while_typing()
    {
        var cut = Render<ScriptsPanel>();

        cut.Find("[data-testid=checklist-sending] [data-field=itemType] input").Input("烟花爆竹");

        cut.WaitForAssertion(() => Assert.Contains("烟花爆竹", cut.Find("[data-testid=prohibited]").TextContent));
    }
}
