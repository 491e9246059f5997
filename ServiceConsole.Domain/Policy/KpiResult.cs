namespace ServiceConsole.Domain.Policy;

/// <summary>
/// SVC-07…09 for one agent or team over a period. A KPI is <c>null</c> when nothing was measured,
/// so "no data" is never shown as 0 % or as a pass.
/// </summary>
public sealed record KpiResult(
    double? ResponseCompliance,
    double? FirstContactResolution,
    double? Satisfaction,
    int ContactsMeasured,
    int ResolutionsMeasured,
    int Ratings)
{
    /// <summary>SVC-07: null when no contact was measured.</summary>
    public bool? MeetsResponseTarget(double target) => Meets(ResponseCompliance, target);

    /// <summary>SVC-08: null when nothing was resolved or closed.</summary>
    public bool? MeetsFirstContactResolutionTarget(double target) => Meets(FirstContactResolution, target);

    /// <summary>SVC-09: null when there was no rating.</summary>
    public bool? MeetsSatisfactionTarget(double target) => Meets(Satisfaction, target);

    public bool? MeetsResponseTarget(ServiceStandardsOptions targets) =>
        MeetsResponseTarget(NotNull(targets).ResponseComplianceTarget);

    public bool? MeetsFirstContactResolutionTarget(ServiceStandardsOptions targets) =>
        MeetsFirstContactResolutionTarget(NotNull(targets).FirstContactResolutionTarget);

    public bool? MeetsSatisfactionTarget(ServiceStandardsOptions targets) =>
        MeetsSatisfactionTarget(NotNull(targets).SatisfactionTarget);

    // A lifted `value >= target` would turn "not measured" into false.
    private static bool? Meets(double? value, double target) => value is { } v ? v >= target : null;

    private static ServiceStandardsOptions NotNull(ServiceStandardsOptions targets) =>
        targets ?? throw new ArgumentNullException(nameof(targets));
}
