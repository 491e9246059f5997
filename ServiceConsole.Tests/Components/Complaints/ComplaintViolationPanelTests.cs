using Bunit;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>SVC-10 on the complaint page: a verified complaint's norm violation is recorded where the supervisor reads it.</summary>
public sealed class ComplaintViolationPanelTests : ComplaintPageTestContext
{
    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_a_verified_complaint_records_the_owning_agents_violation_against_itself_and_then_shows_it()
    {
        var page = RenderPage(ComplaintStories.Verified().Resource());

        page.Find("[data-testid=complaint-violation-start]").Click();
        page.Find("textarea[data-testid=complaint-violation-reason], [data-testid=complaint-violation-reason] textarea").Change("未按规范致歉");
        page.Find("[data-testid=complaint-violation-submit]").Click();

        var (request, actor) = Assert.Single(Points.Violations);
        Assert.Equal(new NormViolationRequest("A001", ComplaintStories.Id, "未按规范致歉"), request);
        Assert.Equal("supervisor", actor);
        var recorded = page.Find("[data-testid=complaint-violation-recorded]");
        Assert.Equal("A001", recorded.GetAttribute("data-agent"));
        Assert.Contains("扣 5 分", recorded.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=complaint-violation-start]"));
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_a_missing_reason_is_named_on_its_field_and_nothing_is_shown_as_recorded()
    {
        var page = RenderPage(ComplaintStories.Verified().Resource());

        page.Find("[data-testid=complaint-violation-start]").Click();
        page.Find("[data-testid=complaint-violation-submit]").Click();

        Assert.Single(Points.Violations);
        Assert.NotEmpty(page.FindAll("[data-testid=complaint-violation-form] .mud-input-error"));
        Assert.Empty(page.FindAll("[data-testid=complaint-violation-recorded]"));
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_a_complaint_not_yet_verified_offers_no_violation()
    {
        var page = RenderPage(ComplaintStories.Registered().Resource());

        Assert.Empty(page.FindAll("[data-testid=complaint-violation]"));
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_an_agent_reads_a_recorded_violation_but_is_not_offered_to_record_one()
    {
        SignInAsAgent();
        var unrecorded = RenderPage(ComplaintStories.Verified().Resource());
        Assert.Empty(unrecorded.FindAll("[data-testid=complaint-violation]"));

        Points.Entries.Add(new PointsEntryResource(
            "violation-1", "agent", "A001", "王芳", -5, "SVC-10", "complaint", ComplaintStories.Id, "未按规范致歉", "supervisor", Now));
        var recorded = RenderPage(ComplaintStories.Verified().Resource());

        Assert.Equal("A001", recorded.Find("[data-testid=complaint-violation-recorded]").GetAttribute("data-agent"));
        Assert.Empty(recorded.FindAll("[data-testid=complaint-violation-start]"));
    }
}
