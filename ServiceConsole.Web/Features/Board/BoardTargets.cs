namespace ServiceConsole.Web.Features.Board;

/// <summary>The KPI targets the board colours against (SVC-07…09).</summary>
public sealed record BoardTargets(double ResponseCompliance, double FirstContactResolution, double Rating);
