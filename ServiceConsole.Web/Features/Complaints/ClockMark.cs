namespace ServiceConsole.Web.Features.Complaints;

/// <summary>One clock a timeline entry concerns (<c>verify</c>, <c>resolve</c>, <c>callback</c>, <c>recallback</c>) and how.</summary>
public sealed record ClockMark(string Clock, ClockMarkKind Kind);
