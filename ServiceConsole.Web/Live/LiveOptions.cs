using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Web.Live;

/// <summary>How the live screens follow changes and colour their clocks (section <c>ServiceConsole:Live</c>).</summary>
public sealed class LiveOptions
{
    public const string SectionName = "ServiceConsole:Live";

    /// <summary>
    /// The quiet interval of every live screen: the first change refreshes at once, what arrives within this
    /// interval is folded into one more refresh. Short enough that a change shows within 100 ms.
    /// </summary>
    public int QuietMilliseconds { get; set; } = 80;

    /// <summary>Share of a clock's allowed time after which it turns amber (SVC-01/02, CMP-02…04).</summary>
    public double AmberRatio { get; set; } = DeadlineTimer.DefaultAmberRatio;

    public TimeSpan Quiet => TimeSpan.FromMilliseconds(QuietMilliseconds);
}
