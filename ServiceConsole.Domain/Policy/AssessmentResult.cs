namespace ServiceConsole.Domain.Policy;

/// <summary>Monthly score (0–100, one decimal), grade and the bonus it earns (TRN-04/05).</summary>
public sealed record AssessmentResult(double Score, Grade Grade, decimal BonusYuan);
