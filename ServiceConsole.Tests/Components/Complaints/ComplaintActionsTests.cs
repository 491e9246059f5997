using System.Globalization;
using Bunit;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>The complaint page offers the steps its status allows and reports what became of them.</summary>
public sealed class ComplaintActionsTests : ComplaintPageTestContext
{
    public static TheoryData<string, string[]> Stages => new()
    {
        { "registered", ["action-verify"] },
        { "verified", ["action-propose"] },
        { "proposed", ["action-answer"] },
        { "declined", ["action-propose"] },
        { "resolved", ["action-callback"] },
        { "reopened", ["action-propose", "action-callback", "action-verify"] },
        { "closed", [] },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    [Trait("Rule", "CMP-04")]
    [Trait("Rule", "CMP-08")]
    [Trait("Rule", "CMP-09")]
    [Trait("Rule", "CMP-10")]
    public void Only_the_steps_the_status_allows_are_offered(string stage, string[] expected)
    {
        var page = RenderPage(Story(stage).Resource());

        Assert.Equal(expected, Offered(page));
        Assert.Equal(expected.Length == 0, page.FindAll("[data-testid=no-actions]").Count == 1);
    }

    [Fact]
    [Trait("Rule", "CMP-10")]
    public void A_reopened_complaint_is_called_back_against_the_recallback_clock_and_a_resolved_one_against_the_follow_up()
    {
        Assert.Equal("recallback", RenderPage(ComplaintStories.Reopened().Resource()).Find("[data-testid=action-callback]").GetAttribute("data-clock"));
        Assert.Equal("callback", RenderPage(ComplaintStories.Resolved().Resource()).Find("[data-testid=action-callback]").GetAttribute("data-clock"));
    }

    [Fact]
    [Trait("Rule", "CMP-05")]
    public void The_proposal_is_prefilled_with_the_quote_for_the_complaint_and_sent_as_shown()
    {
        Desk.QuoteResult = new(ServiceConsole.Domain.Complaints.CompensationKind.Coupon, 10m, "CMP-05");
        var page = RenderPage(ComplaintStories.Verified().Resource());

        Assert.Contains("CMP-05", page.Find("[data-testid=quote-hint]").TextContent);
        Assert.Equal(10m, decimal.Parse(page.Find("[data-field=amount] input").GetAttribute("value")!, CultureInfo.InvariantCulture));
        Assert.Equal("true", page.Find("[data-field=kind] [data-kind=coupon]").GetAttribute("aria-checked"));
        page.Find("[data-field=note] input").Input("含致歉");
        page.Find("[data-testid=propose-submit]").Click();

        var (step, request, actor) = Assert.Single(Desk.Steps);
        Assert.Equal("propose", step);
        Assert.Equal(new ComplaintProposeRequest("coupon", 10m, "含致歉", null), request);
        Assert.Equal("supervisor", actor.Name);
    }

    [Fact]
    public void The_services_field_errors_show_in_chinese_on_their_fields_and_go_when_the_field_is_edited()
    {
        Desk.Answer(OperationResult<ComplaintResource>.Invalid(new Dictionary<string, string[]>
        {
            ["findings"] = ["findings is required."],
            ["faultParty"] = ["faultParty is required on the console: courier, agent, customer or none."],
        }));
        var page = RenderPage(ComplaintStories.Registered().Resource());

        page.Find("[data-testid=verify-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("请填写核实结论", page.Find("[data-field=findings]").TextContent));
        Assert.Contains("请选择责任方", page.Find("[data-error=faultParty]").TextContent);
        Assert.Equal("findings is required.", page.Find("[data-field=findings]").GetAttribute("title"));
        Assert.DoesNotContain("is required", page.Find("[data-testid=complaint-actions]").TextContent);
        Assert.Contains("请修改标红的内容", page.Find("[data-testid=action-failure]").TextContent);

        page.Find("[data-fault=courier]").Click();
        Assert.Empty(page.FindAll("[data-error=faultParty]"));
        Assert.Contains("请填写核实结论", page.Find("[data-field=findings]").TextContent);
    }

    [Fact]
    public void A_refused_step_says_so_in_chinese_without_the_services_english_and_the_page_turns_to_the_complaint_as_it_now_stands()
    {
        // Another supervisor recorded the customer's acceptance a moment before this one proposes again.
        var detail = "Cannot propose: the complaint is resolved; 'propose' is allowed only when it is verified or reopened. (current status: resolved)";
        Desk.Answer(
            OperationResult<ComplaintResource>.Conflict(detail, new Dictionary<string, object?> { ["currentStatus"] = "resolved", ["action"] = "propose" }),
            stored: ComplaintStories.Resolved().Resource());
        var page = RenderPage(ComplaintStories.Declined().Resource());

        page.Find("[data-testid=propose-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal(["action-callback"], Offered(page)));
        var alert = page.Find("[data-testid=action-conflict]");
        Assert.Contains("操作被拒绝", alert.TextContent);
        Assert.Contains("「待回访」", alert.TextContent);
        Assert.DoesNotContain("Cannot propose", page.Markup, StringComparison.Ordinal);
        Assert.Equal("resolved", page.Find("[data-testid=complaint-status]").GetAttribute("data-status"));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void After_verifying_the_page_shows_the_verified_complaint_and_offers_the_proposal()
    {
        Desk.Answer(OperationResult<ComplaintResource>.Ok(ComplaintStories.Verified().Resource()));
        var page = RenderPage(ComplaintStories.Registered().Resource());

        page.Find("[data-field=findings] input").Input("网点分拣延误两天");
        page.Find("[data-fault=courier]").Click();
        page.Find("[data-testid=verify-submit]").Click();

        Assert.Equal(new ComplaintVerifyRequest("网点分拣延误两天", "courier", null), Desk.Steps.Single().Request);
        page.WaitForAssertion(() => Assert.Equal(["action-propose"], Offered(page)));
        Assert.Contains("已记录核实结论", page.Find("[data-testid=action-done]").TextContent);
        Assert.Equal("verified", page.Find("[data-testid=complaint-status]").GetAttribute("data-status"));
        Assert.Equal("courier", page.Find("[data-testid=facts-fault]").GetAttribute("data-fault"));
    }

    [Fact]
    [Trait("Rule", "CMP-11")]
    public void A_courier_at_fault_can_be_named_and_a_name_typed_before_switching_to_the_customer_is_not_sent()
    {
        var page = RenderPage(ComplaintStories.Registered().Resource());
        page.Find("[data-field=findings] input").Input("快递员野蛮分拣");
        Assert.Empty(page.FindAll("[data-field=accountable]"));

        page.Find("[data-fault=courier]").Click();
        page.Find("[data-field=accountable] input").Input("K-07");
        page.Find("[data-testid=verify-submit]").Click();
        page.Find("[data-fault=customer]").Click();
        Assert.Empty(page.FindAll("[data-field=accountable]"));
        page.Find("[data-testid=verify-submit]").Click();

        Assert.Equal(
            [new ComplaintVerifyRequest("快递员野蛮分拣", "courier", null, "K-07"), new ComplaintVerifyRequest("快递员野蛮分拣", "customer", null, null)],
            Desk.Steps.Select(s => s.Request));
    }

    [Fact]
    [Trait("Rule", "CMP-10")]
    public void An_unhappy_callback_sends_satisfied_false_with_the_score_and_the_note_and_the_page_turns_to_the_recallback()
    {
        Desk.Answer(OperationResult<ComplaintResource>.Ok(ComplaintStories.Reopened().Resource()));
        var page = RenderPage(ComplaintStories.Resolved().Resource());

        page.Find("[data-satisfied=false]").Click();
        page.Find("[data-satisfaction='2']").Click();
        page.Find("[data-testid=action-callback] [data-field=note] input").Input("仍不满意");
        page.Find("[data-testid=callback-submit]").Click();

        Assert.Equal(new ComplaintCallbackRequest(false, 2, "仍不满意", null), Desk.Steps.Single().Request);
        page.WaitForAssertion(() => Assert.Contains("投诉已重开", page.Find("[data-testid=action-done]").TextContent));
        Assert.Equal("recallback", page.Find("[data-testid=action-callback]").GetAttribute("data-clock"));
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public void An_agent_opening_a_complaint_that_is_not_theirs_sees_not_found_and_nothing_of_it()
    {
        SignInAsAgent("A002");
        Desk.Stored = ComplaintStories.Registered().Resource();
        var page = RenderPage(null); // the service answers "not found" to an agent asking for someone else's complaint

        Assert.Single(page.FindAll("[data-testid=complaint-not-found]"));
        Assert.DoesNotContain("YD4312345678901", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=complaint-actions]"));
        var actor = Desk.LoadedAs[0];
        Assert.True(actor.ActsOnlyAsAgent);
        Assert.Equal("A002", actor.AgentCode);
    }

    [Fact]
    public void A_coordinator_reads_the_complaint_but_is_offered_no_step()
    {
        SignInAs("coordinator", ServiceConsole.Web.Auth.Roles.Coordinator);
        var page = RenderPage(ComplaintStories.Verified().Resource());

        Assert.Empty(Offered(page));
        Assert.Single(page.FindAll("[data-testid=read-only]"));
        Assert.Single(page.FindAll("[data-testid=complaint-timeline]"));
    }

    [Fact]
    public void The_agent_a_complaint_is_assigned_to_works_it_on_the_page_as_themselves()
    {
        SignInAsAgent("A001");
        var page = RenderPage(ComplaintStories.Registered().Resource());

        page.Find("[data-field=findings] input").Input("已核实");
        page.Find("[data-fault=none]").Click();
        page.Find("[data-testid=verify-submit]").Click();

        var actor = Desk.Steps.Single().Actor;
        Assert.Equal(("A001", true), (actor.AgentCode, actor.ActsOnlyAsAgent));
    }

    private static ServiceConsole.Domain.Complaints.Complaint Story(string stage) => stage switch
    {
        "registered" => ComplaintStories.Registered(),
        "verified" => ComplaintStories.Verified(),
        "proposed" => ComplaintStories.Proposed(),
        "declined" => ComplaintStories.Declined(),
        "resolved" => ComplaintStories.Resolved(),
        "reopened" => ComplaintStories.Reopened(),
        "closed" => ComplaintStories.Closed(),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
