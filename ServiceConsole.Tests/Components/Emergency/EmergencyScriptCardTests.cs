using Bunit;
using ServiceConsole.Tests.Components.Workspace;
using ServiceConsole.Web.Features.Emergency;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>The workspace's emergency script: what every agent must say now, replaced live when a notice is published.</summary>
public sealed class EmergencyScriptCardTests : WorkspaceComponentTestBase
{
    [Fact]
    public void Without_an_emergency_the_card_shows_nothing()
    {
        var cut = Render<EmergencyScriptCard>();

        Assert.Empty(cut.FindAll("[data-testid=emergency-script]"));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_the_restored_notice_replaces_the_outage_message_as_soon_as_it_is_published()
    {
        EmergencyScripts.Scripts.Add(new EmergencyScript(EmergencyNotices.OutageReported, "EMG-02", "系统故障,预计 30 分钟内恢复", false, null));
        var cut = Render<EmergencyScriptCard>();
        Assert.Contains("预计 30 分钟", cut.Find("[data-kind=outage-reported]").TextContent, StringComparison.Ordinal);

        EmergencyScripts.Scripts.Clear();
        EmergencyScripts.Scripts.Add(new EmergencyScript(EmergencyNotices.OutageRestored, "EMG-02", "系统已于 11月22日 10:30 恢复正常", false, null));
        Feed.Publish(new EmergencyNoticePublished(new EmergencyNoticeResource("outage", "outage-restored", "系统已恢复", "EMG-02", Time.GetUtcNow(), false, null)));
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Contains("10:30 恢复正常", cut.Find("[data-kind=outage-restored]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-kind=outage-reported]"));
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_a_response_phase_without_a_hub_tells_the_agent_the_hub_is_still_to_be_named()
    {
        EmergencyScripts.Scripts.Add(new EmergencyScript("weather-response", "EMG-01", null, true, null));

        var cut = Render<EmergencyScriptCard>();

        var card = cut.Find("[data-kind=weather-response]");
        Assert.Contains("枢纽", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("演练", card.TextContent, StringComparison.Ordinal);
    }
}
