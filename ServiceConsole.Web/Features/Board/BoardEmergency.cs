namespace ServiceConsole.Web.Features.Board;

/// <summary>An active emergency mode as its banner shows it (EMG-01…07); wire names for mode and phase.</summary>
public sealed record BoardEmergency(string Mode, string? Phase, bool Drill, DateTimeOffset? Since, string? Reason);
