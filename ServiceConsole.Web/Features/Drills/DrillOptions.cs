namespace ServiceConsole.Web.Features.Drills;

/// <summary>How a drill runs (section <c>ServiceConsole:Drills</c>); when it runs is each schedule's cron (EMG-05).</summary>
public sealed class DrillOptions
{
    public const string SectionName = "ServiceConsole:Drills";

    /// <summary>Minutes from a drill's start until the drill-end job switches its mode off and writes the report.</summary>
    public int DurationMinutes { get; set; } = 30;

    /// <summary>Generated customers who contact the centre during a drill, one per on-duty agent in turn.</summary>
    public int Contacts { get; set; } = 5;

    /// <summary>How many drills the page lists.</summary>
    public int HistoryLimit { get; set; } = 50;

    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);
}
