using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>EMG-02: an agent (or the coordinator) reports that the system is down; <paramref name="Description"/> becomes the mode's reason.</summary>
/// <param name="Description">What is down, free text.</param>
/// <param name="Drill">A drill, not a real outage.</param>
public sealed record OutageReportRequest([Required, StringLength(500)] string? Description, bool? Drill);
