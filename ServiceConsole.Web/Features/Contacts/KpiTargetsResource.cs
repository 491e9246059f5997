namespace ServiceConsole.Web.Api.Contracts;

public sealed record KpiTargetsResource(double ResponseCompliance, double FirstContactResolution, double Satisfaction);
