using System.Globalization;
using Microsoft.Extensions.Localization;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// How the assessment screens say a number, a grade, a consequence and the rule behind each, in the viewer's language
/// and with the configured policy numbers (never written into the texts).
/// </summary>
public sealed class AssessmentTexts(IStringLocalizer<AssessmentResource> l, PolicyOptions policy)
{
    private const string Dash = "—";

    private ServiceStandardsOptions Service => policy.Service;

    private TrainingOptions Training => policy.Training;

    public string MonthLabel(AssessmentMonth month) => l["MonthLabel", month.Year, month.Month];

    public string MonthLabel(string month) => AssessmentMonth.TryParse(month, out var m) ? MonthLabel(m) : month;

    public static string Percent(double? value) => value is { } v ? v.ToString("P1", CultureInfo.CurrentCulture) : Dash;

    public static string Rating(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.CurrentCulture) : Dash;

    public static string Points(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.CurrentCulture) : Dash;

    public static string Score(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) : Dash;

    public static string Weight(double weight) => weight.ToString("P0", CultureInfo.CurrentCulture);

    public string Status(string status) => l[$"Status_{status}"];

    public string Grade(string? grade) => grade is null ? "" : l[$"Grade_{grade}"];

    public string Consequence(MonthlyAssessmentResource row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Consequence switch
        {
            "excellent-bonus" => l["Consequence_excellent-bonus", row.BonusYuan.ToString("0.##", CultureInfo.CurrentCulture)],
            "base-bonus" => l["Consequence_base-bonus"],
            "remedial-training" => l["Consequence_remedial-training", Training.RemedialTrainingDays],
            "termination-proposal" => l["Consequence_termination-proposal", row.ConsecutiveFailedMonths],
            _ => "",
        };
    }

    /// <summary>Under the consequence: whether it is still to come (the month so far) or a training still waits to be assigned.</summary>
    public string? ConsequenceState(MonthlyAssessmentResource row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Consequence is null)
        {
            return null;
        }

        if (!row.Final)
        {
            return l["ConsequenceNotYet"];
        }

        return row.ConsequencesAppliedAt is null ? l["ConsequenceRetry"].Value : null;
    }

    public string TipResponse(MonthlyAssessmentResource row) => l["TipResponse", row.ContactsMeasured, Percent(Service.ResponseComplianceTarget)];

    public string TipFcr(MonthlyAssessmentResource row) => l["TipFcr", row.ResolutionsMeasured, Percent(Service.FirstContactResolutionTarget)];

    public string TipSatisfaction(MonthlyAssessmentResource row) => l["TipSatisfaction", row.Ratings, Rating(Service.SatisfactionTarget)];

    public string TipQuantitative => l["TipQuantitative", Weight(Training.QuantitativeWeight)];

    public string TipRuleCompliance(MonthlyAssessmentResource row) => l["TipRuleCompliance", row.PenaltyPoints];

    public string TipQualitative => l["TipQualitative", Weight(Training.QualitativeWeight)];

    public string TipScore(MonthlyAssessmentResource row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Score is null
            ? l["TipAwaiting"]
            : l["TipScore", Score(row.Quantitative), Weight(Training.QuantitativeWeight), Score(row.Qualitative), Weight(Training.QualitativeWeight), Score(row.Score)];
    }

    public string TipGrade => l["TipGrade", Points(Training.ExcellentScore), Points(Training.QualifiedScore)];

    // ---- the interpretation written on the screen, from the options

    public string RuleScore => l["RuleScore", Weight(Training.QuantitativeWeight), Weight(Training.QualitativeWeight)];

    public string RuleQuantitative => l["RuleQuantitative", Percent(Service.ResponseComplianceTarget), Percent(Service.FirstContactResolutionTarget), Rating(Service.SatisfactionTarget)];

    public string RuleQualitative => l["RuleQualitative"];

    public string RuleGrades => l["RuleGrades",
        Points(Training.ExcellentScore), Training.ExcellentBonusYuan.ToString("0.##", CultureInfo.CurrentCulture), Points(Training.QualifiedScore),
        Training.RemedialTrainingDays, Training.SuspensionDays, Training.FailedMonthsForTermination];

    public string RuleAwaiting => l["RuleAwaiting"];

    public string AnnualIntro => l["AnnualIntro", Weight(Training.AnnualMonthlyWeight), Weight(Training.AnnualRatingWeight), Weight(Training.AnnualTrainingWeight)];
}
