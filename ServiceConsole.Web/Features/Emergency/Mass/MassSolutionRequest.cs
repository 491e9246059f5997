namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>
/// The one solution for every complaint of a mass complaint (EMG-04); <c>findings</c> with
/// <c>faultParty</c> (courier|agent|customer|none) verify the complaints not verified yet.
/// </summary>
public sealed record MassSolutionRequest(string? Kind, decimal? Amount, string? Note, string? Findings, string? FaultParty = null);
