using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency;

/// <summary>
/// Pushes emergency announcements to every screen and hub connection (<c>emergencyNotice</c>): the script agents
/// say in the current phase, the "system restored" notice, and the bookkeeping steps screens refresh on.
/// </summary>
public sealed class EmergencyNotices(ChangeFeed feed)
{
    public const string OutageReported = "outage-reported";
    public const string OutageAcknowledged = "outage-acknowledged";
    public const string OutageWaiting = "outage-waiting";
    public const string OutageRestored = "outage-restored";
    public const string WeatherRequest = "weather-request";

    /// <summary><c>weather-warning</c>, <c>weather-response</c> or <c>weather-recovery</c>.</summary>
    public static string WeatherPhase(EmergencyPhase phase) => $"weather-{WireNames.ToWire(phase)}";

    /// <summary>The notice as a live change, for a write to publish once it commits.</summary>
    public static EmergencyNoticePublished Change(
        EmergencyMode mode, string kind, string? text, string ruleId, DateTimeOffset at, bool drill, Guid? subjectId = null) =>
        new(new EmergencyNoticeResource(WireNames.ToWire(mode), kind, text, ruleId, at, drill, subjectId));

    /// <summary>Publishes a notice that follows no write of its own (a weather phase's script).</summary>
    public void Publish(EmergencyMode mode, string kind, string? text, string ruleId, DateTimeOffset at, bool drill, Guid? subjectId = null) =>
        feed.Publish(Change(mode, kind, text, ruleId, at, drill, subjectId));
}
