using System.Globalization;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// The Chinese texts a drill writes into the records it creates and the mode log (stored data, like the
/// demo's, not UI strings): every one says 演练 so no reader mistakes a drill record for a real one.
/// </summary>
public static class DrillTexts
{
    public const string OutletCode = "DRILL-01";
    public const string ComplaintDemand = "演练:包裹延误,请尽快派送";

    public static string ModeName(EmergencyMode mode) => mode switch
    {
        EmergencyMode.Weather => "自然灾害",
        EmergencyMode.Outage => "系统故障",
        _ => "群体投诉",
    };

    public static string ContactTopic(EmergencyMode mode) => $"演练:{ModeName(mode)}期间咨询";

    /// <summary>EMG-07: the reason logged when the drill switches its mode on (at most 500 characters, as every reason).</summary>
    public static string StartReason(EmergencyMode mode, string? note) =>
        Clip($"月度应急演练 (EMG-05):{ModeName(mode)}{(string.IsNullOrWhiteSpace(note) ? "" : $" · {note.Trim()}")}");

    /// <summary>The start in the centre's zone, its offset said, since a reader may have chosen another zone for their screens.</summary>
    public static string EndReason(DateTimeOffset startedAtLocal) =>
        string.Create(CultureInfo.InvariantCulture, $"演练结束 (EMG-05):{startedAtLocal:yyyy-MM-dd HH:mm} ({ViewerTime.OffsetText(startedAtLocal.Offset)}) 开始的演练到时");

    public static string EndedEarlyReason(string by) => $"演练结束 (EMG-05):{by} 提前结束演练";

    private static string Clip(string text) => text.Length <= 500 ? text : text[..500];
}
