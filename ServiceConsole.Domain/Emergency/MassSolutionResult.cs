namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-04: what one "apply the solution to all" action did: the complaints it proposed the
/// solution on (save them and the incident together) and the ones it left alone, with why.
/// </summary>
public sealed record MassSolutionResult(IReadOnlyList<Guid> Applied, IReadOnlyList<MassSolutionSkip> Skipped);
