using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Assessment;

/// <summary>
/// TRN-05/TRN-06: what a monthly grade leads to.
/// <list type="bullet">
/// <item>Excellent: <see cref="TrainingOptions.ExcellentBonusYuan"/> and promotion priority.</item>
/// <item>Qualified: the base bonus. POLICY.md gives no amount, so the decision carries 0 yuan and the consequence
/// "base bonus" (payroll pays its own base bonus).</item>
/// <item>Failed: no bonus, <see cref="TrainingOptions.RemedialTrainingDays"/> of remedial training and a re-assessment
/// (the training's result; failing it again suspends the agent, TRN-06, which the training records).</item>
/// <item>Failed in <see cref="TrainingOptions.FailedMonthsForTermination"/> calendar months in a row: a termination
/// proposal for HR as well (interpretation: "in a row" means consecutive calendar months; a month the agent was not
/// assessed in, or one still without a grade, breaks the row).</item>
/// </list>
/// </summary>
public sealed class ConsequenceRules(PolicyOptions options)
{
    private readonly TrainingOptions _training = (options ?? throw new ArgumentNullException(nameof(options))).Training;

    /// <summary>How many months before this one the decision needs to look at.</summary>
    public int MonthsLookedBack => Math.Max(0, _training.FailedMonthsForTermination - 1);

    /// <param name="grade">This month's grade.</param>
    /// <param name="earlierGrades">
    /// The grades of the months right before this one, the nearest first (null for a month without a grade); only the
    /// first <see cref="MonthsLookedBack"/> count.
    /// </param>
    public ConsequenceDecision Decide(Grade grade, IEnumerable<Grade?> earlierGrades)
    {
        ArgumentNullException.ThrowIfNull(earlierGrades);
        switch (grade)
        {
            case Grade.Excellent:
                return new(grade, AssessmentConsequence.ExcellentBonus, _training.ExcellentBonusYuan, PromotionPriority: true, 0, false, 0);
            case Grade.Qualified:
                return new(grade, AssessmentConsequence.BaseBonus, 0m, PromotionPriority: false, 0, false, 0);
            case Grade.Failed:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a grade.");
        }

        var inARow = 1 + earlierGrades.Take(MonthsLookedBack).TakeWhile(g => g == Grade.Failed).Count();
        var terminate = inARow >= _training.FailedMonthsForTermination;
        return new(
            grade,
            terminate ? AssessmentConsequence.TerminationProposal : AssessmentConsequence.RemedialTraining,
            0m,
            PromotionPriority: false,
            _training.RemedialTrainingDays,
            terminate,
            inARow);
    }
}
