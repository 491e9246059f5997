namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>The handling plan of a mass complaint (EMG-04).</summary>
public sealed record MassPlanRequest(string? Plan);
