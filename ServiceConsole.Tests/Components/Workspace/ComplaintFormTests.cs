using Bunit;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Components.Workspace;

public sealed class ComplaintFormTests : WorkspaceComponentTestBase
{
    private IRenderedComponent<ComplaintForm> RenderForm() =>
        Render<ComplaintForm>(p => p.Add(f => f.Actor, new Actor("agent", "A001", true)));

    [Fact]
    [Trait("Rule", "CMP-13")]
    public void CMP_13_the_apology_script_comes_first_before_any_field()
    {
        var cut = RenderForm();

        var markup = cut.Markup;
        var apology = cut.Find("[data-testid=apology-script]");
        Assert.Contains("非常抱歉", apology.TextContent);
        Assert.True(markup.IndexOf("data-testid=\"apology-script\"", StringComparison.Ordinal) < markup.IndexOf("<input", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "INF-02")]
    public void INF_02_the_privacy_sentence_is_shown_where_the_data_is_collected()
    {
        Assert.Contains("您的信息仅用于快递服务,我们会严格保密", RenderForm().Find("[data-testid=privacy-notice]").TextContent);
    }

    [Theory]
    [Trait("Rule", "CMP-03")]
    [InlineData("3", "major", "15")]
    [InlineData("2", "general", "10")]
    public void CMP_02_03_the_severity_and_the_coupon_are_previewed_as_the_delay_is_typed(string days, string severity, string coupon)
    {
        var cut = RenderForm();

        cut.Find("[data-category=Delay]").Click();
        cut.Find("[data-field=delayDays] input").Input(days);

        cut.WaitForAssertion(() => Assert.Equal(severity, cut.Find("[data-testid=severity-preview]").GetAttribute("data-severity")));
        Assert.Contains(coupon, cut.Find("[data-testid=preview-quote]").TextContent);
        Assert.DoesNotContain("CMP-05", cut.Find("[data-testid=preview-quote]").TextContent); // the rule is in the tooltip, not the sentence
        Assert.Equal("CMP-05", cut.Find("[data-testid=preview-quote] [data-rule]").GetAttribute("title"));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void CMP_04_a_major_complaint_previews_verification_within_six_hours_and_resolution_within_48()
    {
        var cut = RenderForm();

        cut.Find("[data-category=Loss]").Click();

        cut.WaitForAssertion(() => Assert.Equal("major", cut.Find("[data-testid=severity-preview]").GetAttribute("data-severity")));
        Assert.Contains("16:00", cut.Find("[data-testid=preview-verify-by]").TextContent); // 10:00 + 6 h in the centre
        Assert.Contains("48", cut.Find("[data-testid=preview-resolve-by]").TextContent);
    }

    [Fact]
    public void The_services_field_errors_are_shown_in_chinese_next_to_their_fields()
    {
        Workspace.RegisterResult = _ => OperationResult<ComplaintResource>.Invalid(new Dictionary<string, string[]>
        {
            ["customerPhone"] = ["customerPhone must be a mainland mobile (11 digits starting with 1) or a landline with area code."],
            ["category"] = ["category is required: delay, damage, loss, attitude, unclear-answer or other."],
        });
        var cut = RenderForm();

        cut.Find("[data-testid=register-complaint]").Click();

        cut.WaitForAssertion(() => Assert.Contains("请填写有效的电话", cut.Find("[data-field=customerPhone]").TextContent));
        Assert.Contains("请选择问题类型", cut.Find("[data-error=category]").TextContent);
        Assert.DoesNotContain("mainland mobile", cut.Markup);
        Assert.Contains("请修改标红的内容", cut.Find("[data-testid=complaint-failure]").TextContent);
    }

    [Fact]
    public void Submitting_twice_after_a_refusal_reuses_the_console_generated_external_id()
    {
        var cut = RenderForm();

        cut.Find("[data-testid=register-complaint]").Click();
        cut.Find("[data-testid=register-complaint]").Click();

        Assert.Equal(2, Workspace.Registrations.Count);
        Assert.StartsWith("console-", Workspace.Registrations[0].ExternalId);
        Assert.Equal(Workspace.Registrations[0].ExternalId, Workspace.Registrations[1].ExternalId);
    }
}
