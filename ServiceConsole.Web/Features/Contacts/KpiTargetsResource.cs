namespace ServiceConsole.Web.Features.Contacts;

public sealed record KpiTargetsResource(double ResponseCompliance, double FirstContactResolution, double Satisfaction);
