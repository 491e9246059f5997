namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>The one solution decided for every linked complaint (EMG-04).</summary>
public sealed record MassSolutionResource(string Kind, decimal Amount, string? Note, string? Findings, string? DecidedBy, DateTimeOffset? DecidedAt);
