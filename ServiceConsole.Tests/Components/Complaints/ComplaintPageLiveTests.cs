using Bunit;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>The complaint page follows the change feed for its complaint, coalesced, and lets go when left.</summary>
public sealed class ComplaintPageLiveTests : ComplaintPageTestContext
{
    [Fact]
    public void A_step_taken_elsewhere_shows_without_a_reload()
    {
        var page = RenderPage(ComplaintStories.Verified().Resource());
        Assert.Equal(["action-propose"], Offered(page));

        var proposed = ComplaintStories.Proposed().Resource();
        Desk.Stored = proposed;
        PublishChange(proposed);

        page.WaitForAssertion(() => Assert.Equal(["action-answer"], Offered(page)));
        Assert.Single(page.FindAll("[data-testid=round-row]"));
    }

    [Fact]
    public void A_burst_of_changes_reloads_the_complaint_a_few_times_not_once_per_change()
    {
        var page = RenderPage(ComplaintStories.Verified().Resource());
        PublishChange(ComplaintStories.Verified().Resource());
        page.WaitForState(() => Desk.Loads == 3); // first render, catch-up after subscribing, the change after it
        var loads = Desk.Loads;

        var proposed = ComplaintStories.Proposed().Resource();
        Desk.Stored = proposed;
        PublishChange(proposed, 100);

        page.WaitForAssertion(() => Assert.Equal(["action-answer"], Offered(page)));
        Assert.InRange(Desk.Loads - loads, 1, 3);
    }

    [Fact]
    public async Task A_change_to_another_complaint_does_not_reload_this_one()
    {
        var page = RenderPage(ComplaintStories.Verified().Resource());
        PublishChange(ComplaintStories.Verified().Resource());
        page.WaitForState(() => Desk.Loads == 3);

        PublishChange(ComplaintStories.Proposed().Resource() with { Id = Guid.NewGuid() }, 5);

        // A reload would run on the renderer's queue behind the end of the quiet interval; this runs after it.
        await page.InvokeAsync(() => { });
        Assert.Equal(3, Desk.Loads);
    }

    [Fact]
    public async Task Leaving_the_page_releases_its_subscription()
    {
        var before = Feed.SubscriberCount;
        RenderPage(ComplaintStories.Verified().Resource());
        Assert.Equal(before + 1, Feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(before, Feed.SubscriberCount);
    }
}
