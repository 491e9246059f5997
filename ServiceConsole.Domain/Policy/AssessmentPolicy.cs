namespace ServiceConsole.Domain.Policy;

/// <summary>
/// TRN-04/05 monthly assessment. POLICY.md gives the weights but not how a KPI becomes points,
/// so the interpretation is:
/// <list type="bullet">
/// <item>Each measured KPI scores min(1, value ÷ target): meeting the target earns full marks,
/// beating it earns no extra (so one strong KPI cannot hide a weak one).</item>
/// <item>Quantitative = 100 × mean of those scores over the KPIs that were measured; a KPI with no
/// data is left out rather than counted as 0. With no data at all the quantitative part is 0:
/// an agent who handled nothing has earned no quantitative points.</item>
/// <item>Qualitative = mean of the supervisor's attitude score and the rule-compliance score
/// (100 minus the month's penalty points), both 0–100.</item>
/// <item>Score = QuantitativeWeight × quantitative + QualitativeWeight × qualitative, rounded to one
/// decimal (half away from zero); the grade is taken from the rounded score, the one people see.</item>
/// </list>
/// </summary>
public sealed class AssessmentPolicy(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public AssessmentResult Assess(KpiResult kpi, double attitudeScore, double ruleComplianceScore)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        CheckScore(attitudeScore, nameof(attitudeScore));
        CheckScore(ruleComplianceScore, nameof(ruleComplianceScore));

        var t = _options.Training;
        var qualitative = (attitudeScore + ruleComplianceScore) / 2;
        var raw = t.QuantitativeWeight * QuantitativeScore(kpi) + t.QualitativeWeight * qualitative;
        var score = Math.Round(raw, 1, MidpointRounding.AwayFromZero);

        var grade = score >= t.ExcellentScore ? Grade.Excellent
            : score >= t.QualifiedScore ? Grade.Qualified
            : Grade.Failed;

        return new AssessmentResult(score, grade, grade == Grade.Excellent ? t.ExcellentBonusYuan : 0m);
    }

    /// <summary>The quantitative part, 0–100, before weighting.</summary>
    public double QuantitativeScore(KpiResult kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var s = _options.Service;
        double sum = 0;
        var count = 0;

        Add(kpi.ResponseCompliance, s.ResponseComplianceTarget);
        Add(kpi.FirstContactResolution, s.FirstContactResolutionTarget);
        Add(kpi.Satisfaction, s.SatisfactionTarget);

        return count == 0 ? 0 : 100 * sum / count;

        void Add(double? value, double target)
        {
            if (value is { } v)
            {
                sum += Math.Min(1, v / target);
                count++;
            }
        }
    }

    /// <summary>Rule compliance from the violation record: 100 minus the month's penalty points, never below 0.</summary>
    public double RuleComplianceScore(int penaltyPointsThisMonth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(penaltyPointsThisMonth);
        return Math.Max(0, 100 - penaltyPointsThisMonth);
    }

    private static void CheckScore(double value, string name)
    {
        if (!(value >= 0 && value <= 100))
        {
            throw new ArgumentOutOfRangeException(name, value, "A score is between 0 and 100.");
        }
    }
}
