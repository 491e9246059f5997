using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Assessment;

/// <summary>The parts and result of one agent's annual assessment (TRN-03); a part without data is null and left out.</summary>
/// <remarks><paramref name="TrainingsPassed"/> counts the training-file entries in the agent's favour, <paramref name="TrainingsRecorded"/> all that count.</remarks>
public sealed record AnnualScore(
    int MonthsScored,
    double? MonthlyAverage,
    double? Satisfaction,
    double? RatingScore,
    int TrainingsPassed,
    int TrainingsRecorded,
    double? TrainingScore,
    double? Score,
    Grade? Grade);

/// <summary>
/// TRN-03 annual assessment, run with December's monthly assessment. POLICY.md names its sources (the monthly results,
/// customer ratings, the training record) but no formula; the interpretation:
/// <list type="bullet">
/// <item>Monthly part: the mean of the year's monthly scores (months with a score; a month awaiting attitude is left out).</item>
/// <item>Ratings part: 100 × min(1, the year's mean rating ÷ the SVC-09 target), as the monthly KPIs are scored.</item>
/// <item>Training part: 100 × the year's training-file entries in the agent's favour (monthly sessions attended, exams and
/// required trainings passed) ÷ all of them (the same plus sessions missed and trainings failed) (TRN-07).</item>
/// <item>Score: the parts weighted by <see cref="TrainingOptions.AnnualMonthlyWeight"/>, <see cref="TrainingOptions.AnnualRatingWeight"/>
/// and <see cref="TrainingOptions.AnnualTrainingWeight"/>; a part without data is left out and the others' weights scaled up
/// to 1, as a KPI without data is left out of the monthly score. No monthly score at all: no annual score.</item>
/// <item>Grade: the monthly thresholds (TRN-05) on the score rounded to one decimal.</item>
/// </list>
/// </summary>
public sealed class AnnualAssessmentPolicy(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public AnnualScore Assess(IReadOnlyCollection<double> monthlyScores, double? meanRating, int trainingsPassed, int trainingsRecorded)
    {
        ArgumentNullException.ThrowIfNull(monthlyScores);
        ArgumentOutOfRangeException.ThrowIfNegative(trainingsPassed);
        ArgumentOutOfRangeException.ThrowIfLessThan(trainingsRecorded, trainingsPassed);
        var t = _options.Training;
        double? monthly = monthlyScores.Count == 0 ? null : monthlyScores.Average();
        double? rating = meanRating is { } r ? 100 * Math.Min(1, r / _options.Service.SatisfactionTarget) : null;
        double? training = trainingsRecorded == 0 ? null : 100.0 * trainingsPassed / trainingsRecorded;
        if (monthly is null)
        {
            return new(0, null, meanRating, rating, trainingsPassed, trainingsRecorded, training, null, null);
        }

        double weighted = 0, weights = 0;
        Add(monthly, t.AnnualMonthlyWeight);
        Add(rating, t.AnnualRatingWeight);
        Add(training, t.AnnualTrainingWeight);
        var score = weights == 0 ? monthly.Value : weighted / weights;
        score = Math.Round(score, 1, MidpointRounding.AwayFromZero);
        var grade = score >= t.ExcellentScore ? Policy.Grade.Excellent
            : score >= t.QualifiedScore ? Policy.Grade.Qualified
            : Policy.Grade.Failed;
        return new(monthlyScores.Count, monthly, meanRating, rating, trainingsPassed, trainingsRecorded, training, score, grade);

        void Add(double? part, double weight)
        {
            if (part is { } p)
            {
                weighted += weight * p;
                weights += weight;
            }
        }
    }
}
