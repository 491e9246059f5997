namespace ServiceConsole.Web.Features.Board;

/// <summary>The supervisor board's settings (section <c>ServiceConsole:Board</c>).</summary>
public sealed class BoardOptions
{
    public const string SectionName = "ServiceConsole:Board";

    /// <summary>
    /// While a board is open the snapshot is also rebuilt this often without any change, so counters that
    /// move with time alone (a contact waiting past its deadline) stay true on a quiet night; 0 turns it off.
    /// One timer for all boards, never one per row.
    /// </summary>
    public int QuietRefreshSeconds { get; set; } = 15;

    /// <summary>Most waiting contacts and open complaints listed; the counters still count them all.</summary>
    public int ListLimit { get; set; } = 200;

    /// <summary>The width of one bar of the board's chart of today, in minutes (contacts and response compliance per slice).</summary>
    public int TrendSliceMinutes { get; set; } = 15;
}
