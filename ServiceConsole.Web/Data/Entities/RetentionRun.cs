namespace ServiceConsole.Web.Data.Entities;

/// <summary>
/// INF-08: the destruction record of one retention purge: when it ran, who or what started it, the cut-offs it
/// applied and how many rows of each kind it destroyed. It holds counts only, never a name, phone or waybill.
/// Each batch's deletions and the matching counter are saved in one transaction, so a run killed part-way is
/// resumed (the same row, the same cut-offs) and its counts stay equal to the rows actually gone.
/// </summary>
public sealed class RetentionRun
{
    public const int MaxStartedByLength = 64;

    public Guid Id { get; set; }

    /// <summary><c>system</c> for the nightly job, else the admin's login.</summary>
    public required string StartedBy { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Null while the run has work left (running now, or interrupted and waiting to be resumed).</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Customer and logistics data last seen before this instant is destroyed (INF-08, 2 years).</summary>
    public DateTimeOffset CustomerCutoff { get; set; }

    /// <summary>Service records finished before this instant are destroyed (INF-08, 1 year).</summary>
    public DateTimeOffset ServiceCutoff { get; set; }

    /// <summary>How many times the run was taken up again after an interruption.</summary>
    public int Resumes { get; set; }

    public int Complaints { get; set; }

    public int Callbacks { get; set; }

    public int Contacts { get; set; }

    public int Alerts { get; set; }

    public int WeatherRequests { get; set; }

    public int Outages { get; set; }

    public int MassIncidents { get; set; }

    public int DrillRuns { get; set; }

    public int Customers { get; set; }
}
