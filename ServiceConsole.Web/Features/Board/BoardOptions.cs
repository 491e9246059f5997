using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Web.Features.Board;

/// <summary>The supervisor board's settings (section <c>ServiceConsole:Board</c>).</summary>
public sealed class BoardOptions
{
    public const string SectionName = "ServiceConsole:Board";

    /// <summary>Share of a clock's allowed time after which it turns amber (SVC-01/02, CMP-02…04).</summary>
    public double AmberRatio { get; set; } = DeadlineTimer.DefaultAmberRatio;

    /// <summary>
    /// The quiet interval after a board rebuild: the first change rebuilds at once, what arrives within this
    /// interval is folded into one more rebuild. Short enough that a change shows within 100 ms.
    /// </summary>
    public int CoalesceMilliseconds { get; set; } = 80;

    /// <summary>
    /// While a board is open the snapshot is also rebuilt this often without any change, so counters that
    /// move with time alone (a contact waiting past its deadline) stay true on a quiet night; 0 turns it off.
    /// One timer for all boards, never one per row.
    /// </summary>
    public int QuietRefreshSeconds { get; set; } = 15;

    /// <summary>Most waiting contacts and open complaints listed; the counters still count them all.</summary>
    public int ListLimit { get; set; } = 200;
}
