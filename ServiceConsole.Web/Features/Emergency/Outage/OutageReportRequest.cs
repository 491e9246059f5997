namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>EMG-02: an agent (or the coordinator) reports that the system is down; <paramref name="Description"/> becomes the mode's reason.</summary>
public sealed record OutageReportRequest(string? Description, bool? Drill);
