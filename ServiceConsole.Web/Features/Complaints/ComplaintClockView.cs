namespace ServiceConsole.Web.Features.Complaints;

/// <summary>One of the complaint's clocks as the page shows it.</summary>
/// <param name="Clock"><c>verify</c>, <c>resolve</c>, <c>callback</c> or <c>recallback</c>.</param>
/// <param name="RuleId">The rule that sets it (CMP-04, CMP-02/03, CMP-09, CMP-10).</param>
/// <param name="Window">The whole allowed time, against which the countdown turns amber.</param>
/// <param name="StoppedAt">When the step that stops it was taken, once it was.</param>
/// <param name="Breached">A breach of this clock is recorded.</param>
public sealed record ComplaintClockView(
    string Clock, string RuleId, DateTimeOffset DueAt, TimeSpan Window, bool Running, DateTimeOffset? StoppedAt, bool Breached);
