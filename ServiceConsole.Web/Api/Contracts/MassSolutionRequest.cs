namespace ServiceConsole.Web.Api.Contracts;

/// <summary>The one solution for every complaint of a mass complaint (EMG-04); <c>findings</c> verifies the unverified ones.</summary>
public sealed record MassSolutionRequest(string? Kind, decimal? Amount, string? Note, string? Findings);
