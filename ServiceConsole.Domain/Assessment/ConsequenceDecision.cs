using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Assessment;

/// <summary>
/// What one month's grade leads to. <paramref name="ConsecutiveFailedMonths"/> counts this month and the failed months
/// right before it (0 when this month did not fail).
/// </summary>
public sealed record ConsequenceDecision(
    Grade Grade,
    AssessmentConsequence Consequence,
    decimal BonusYuan,
    bool PromotionPriority,
    int RemedialTrainingDays,
    bool ProposeTermination,
    int ConsecutiveFailedMonths)
{
    /// <summary>TRN-05: a failed month sends the agent to remedial training, whose result is the re-assessment.</summary>
    public bool RequiresRemedialTraining => RemedialTrainingDays > 0;
}
