namespace ServiceConsole.Web.Features.Complaints;

public sealed record HistoryResource(DateTimeOffset At, string Actor, string Action, string? From, string To, string? Note);
