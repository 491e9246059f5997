namespace ServiceConsole.Web.Features.Retention;

/// <summary>
/// When and how the INF-08 purge runs (section <c>ServiceConsole:Retention</c>); how long data is kept is policy
/// (<c>Policy:Information:CustomerRetentionYears</c>, <c>LogisticsRetentionYears</c>, <c>ServiceRecordRetentionYears</c>).
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "ServiceConsole:Retention";

    /// <summary>Quartz cron of the nightly purge, in the centre's time zone: 02:30 every night, when the centre is closed.</summary>
    public string Cron { get; set; } = "0 30 2 * * ?";

    /// <summary>Rows of one kind deleted per transaction; between batches the write gate is free for ingest.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How many runs the API and the admin screen list, newest first.</summary>
    public int HistoryLimit { get; set; } = 100;
}
