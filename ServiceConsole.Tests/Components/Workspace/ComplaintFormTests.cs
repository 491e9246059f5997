using Bunit;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Components.Workspace;

public sealed class ComplaintFormTests : WorkspaceComponentTestBase
{
    private static readonly Actor Agent = new("agent", "A001", true);

    private IRenderedComponent<ComplaintForm> RenderForm(ContactResource? served = null) =>
        Render<ComplaintForm>(p => p.Add(f => f.Actor, Agent).Add(f => f.ServedContact, served));

    private static string? ValueOf(IRenderedComponent<ComplaintForm> cut, string field) =>
        cut.Find($"[data-field={field}] input").GetAttribute("value");

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void CMP_01_the_customer_being_served_fills_name_phone_waybill_and_channel()
    {
        var served = WorkspaceFixtures.Contact("counter-1", status: "answered", channel: "offline");

        var cut = RenderForm(served);

        Assert.Equal("王女士", ValueOf(cut, "customerName"));
        Assert.Equal("13800138000", ValueOf(cut, "customerPhone"));
        Assert.Equal("YD4312345678901", ValueOf(cut, "waybillNo"));
        Assert.Contains("柜台", cut.Find("[data-testid=prefilled-from]").TextContent);
        cut.Find("[data-testid=register-complaint]").Click();
        var request = Assert.Single(Workspace.Registrations);
        Assert.Equal(("王女士", "13800138000", "YD4312345678901", "offline"), (request.CustomerName, request.CustomerPhone, request.WaybillNo, request.Channel));
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void CMP_01_the_filled_in_customer_stays_editable_and_the_edit_is_what_is_registered()
    {
        var cut = RenderForm(WorkspaceFixtures.Contact("chat-1", status: "answered"));

        cut.Find("[data-field=customerName] input").Input("王芳芳");
        cut.Find("[data-field=waybillNo] input").Input("YD4312345678999");
        cut.Find("[data-testid=register-complaint]").Click();

        var request = Assert.Single(Workspace.Registrations);
        Assert.Equal(("王芳芳", "13800138000", "YD4312345678999", "online"), (request.CustomerName, request.CustomerPhone, request.WaybillNo, request.Channel));
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void CMP_01_with_no_contact_being_served_the_customer_fields_start_empty_on_the_agents_channel()
    {
        var cut = RenderForm();

        Assert.All(["customerName", "customerPhone", "waybillNo"], field => Assert.True(string.IsNullOrEmpty(ValueOf(cut, field)), field));
        Assert.Empty(cut.FindAll("[data-testid=prefilled-from]"));
        cut.Find("[data-testid=register-complaint]").Click();
        var request = Assert.Single(Workspace.Registrations);
        Assert.Null(request.CustomerName);
        Assert.Equal("phone", request.Channel); // the fake agent's own channel
    }

    [Fact]
    public void The_form_follows_the_served_contact_until_the_agent_types_another_customer()
    {
        var cut = RenderForm();
        var first = WorkspaceFixtures.Contact("chat-1", status: "answered");
        var second = WorkspaceFixtures.Contact("chat-2", status: "answered") with { CustomerName = "李先生", CustomerPhone = "13900139000", WaybillNo = null };

        cut.Render(p => p.Add(f => f.ServedContact, first));
        Assert.Equal("王女士", ValueOf(cut, "customerName"));
        cut.Render(p => p.Add(f => f.ServedContact, second));
        Assert.Equal(("李先生", "13900139000"), (ValueOf(cut, "customerName"), ValueOf(cut, "customerPhone")));
        Assert.True(string.IsNullOrEmpty(ValueOf(cut, "waybillNo")));

        cut.Find("[data-field=customerPhone] input").Input("13900139001");
        cut.Render(p => p.Add(f => f.ServedContact, first));
        Assert.Equal(("李先生", "13900139001"), (ValueOf(cut, "customerName"), ValueOf(cut, "customerPhone")));

        cut.Render(p => p.Add(f => f.ServedContact, (ContactResource?)null));
        Assert.Equal("李先生", ValueOf(cut, "customerName")); // what the agent typed is never thrown away
    }

    [Fact]
    public void The_form_empties_its_customer_when_the_served_contact_ends_untouched()
    {
        var cut = RenderForm(WorkspaceFixtures.Contact("chat-1", status: "answered"));

        cut.Render(p => p.Add(f => f.ServedContact, (ContactResource?)null));

        Assert.True(string.IsNullOrEmpty(ValueOf(cut, "customerName")));
        Assert.Empty(cut.FindAll("[data-testid=prefilled-from]"));
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void CMP_01_nobody_types_the_registering_staff_the_signed_in_agent_registers_and_is_named()
    {
        var cut = RenderForm(WorkspaceFixtures.Contact("chat-1", status: "answered"));

        Assert.Equal(
            ["customerName", "customerPhone", "waybillNo", "outletCode", "demand"],
            cut.FindAll("[data-field]").Where(f => f.QuerySelector("input, textarea") is not null).Select(f => f.GetAttribute("data-field")));
        Assert.DoesNotContain("工号", cut.Markup);
        Assert.Equal("登记人:王芳", cut.Find("[data-testid=registered-by]").TextContent.Trim());
        cut.Find("[data-testid=register-complaint]").Click();
        Assert.Same(Agent, Assert.Single(Workspace.Registrars));
    }

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
