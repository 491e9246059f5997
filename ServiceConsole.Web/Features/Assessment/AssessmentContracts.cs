using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Assessment;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// One agent's month as the API and the sheet show it (TRN-03…06, TRN-08). KPIs as in <c>/agents/{code}/kpi</c>
/// (ratios 0–1, satisfaction 1–5, null when nothing was measured); the parts and the score 0–100 with one decimal;
/// <c>score</c>, <c>grade</c> and <c>consequence</c> null while the month awaits the supervisor's attitude score.
/// </summary>
public sealed record MonthlyAssessmentResource(
    string AgentCode,
    string AgentName,
    string TeamCode,
    string TeamName,
    string Month,
    string Status,
    double? ResponseCompliance,
    double? FirstContactResolution,
    double? Satisfaction,
    double Quantitative,
    double? Attitude,
    double RuleCompliance,
    double? Qualitative,
    double? Score,
    string? Grade,
    decimal BonusYuan,
    string? Consequence,
    bool PromotionPriority,
    bool TerminationProposed,
    int ConsecutiveFailedMonths,
    int ContactsMeasured,
    int ResolutionsMeasured,
    int Ratings,
    int PenaltyPoints,
    string? AttitudeNote,
    string? AttitudeBy,
    DateTimeOffset? AttitudeAt,
    bool Final,
    DateTimeOffset ComputedAt,
    string ComputedBy,
    DateTimeOffset? ConsequencesAppliedAt,
    AssessmentReviewResource? Review);

/// <summary>TRN-08: the one-to-one talk about the month and the improvement plan agreed in it.</summary>
public sealed record AssessmentReviewResource(DateOnly TalkedOn, string Summary, string ImprovementPlan, string ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>The supervisor's attitude score for the month (TRN-04), 0–100, with an optional note.</summary>
/// <param name="Score">The score, 0–100.</param>
/// <param name="Note">The supervisor's note, free text.</param>
public sealed record AttitudeRequest([Required, Range(0d, 100d)] double? Score, [StringLength(MonthlyAssessment.MaxNoteLength)] string? Note);

/// <summary>TRN-08: the day of the one-to-one talk, what was said, and the improvement plan.</summary>
/// <param name="TalkedOn">The day of the talk: from the first day of the month to today.</param>
/// <param name="Summary">What was said.</param>
/// <param name="ImprovementPlan">The improvement plan agreed.</param>
public sealed record ReviewRequest(
    [Required] DateOnly? TalkedOn,
    [Required, StringLength(MonthlyAssessment.MaxTextLength)] string? Summary,
    [Required, StringLength(MonthlyAssessment.MaxTextLength)] string? ImprovementPlan);

/// <summary>
/// What a run did: the month, whether it was final (at or after the last working day's assessment time) or the month
/// so far, how many agents it assessed, how many still await attitude, and the agents left out because they are in
/// onboarding (TRN-01).
/// </summary>
public sealed record AssessmentRunResource(
    string Month,
    bool Final,
    DateTimeOffset DueAt,
    DateTimeOffset RanAt,
    string RanBy,
    int Agents,
    int Graded,
    int AwaitingAttitude,
    IReadOnlyList<string> SkippedInOnboarding);

/// <summary>TRN-06: a termination proposal for HR.</summary>
public sealed record TerminationProposalResource(
    Guid Id,
    string AgentCode,
    string AgentName,
    string Month,
    int FailedMonths,
    double Score,
    DateTimeOffset ProposedAt,
    string ProposedBy,
    string Status,
    DateTimeOffset? WithdrawnAt);

/// <summary>
/// TRN-03: one agent's annual assessment: the mean monthly score, the year's customer ratings, the training file, and
/// the weighted score and grade (null without a monthly score).
/// </summary>
public sealed record AnnualAssessmentResource(
    string AgentCode,
    string AgentName,
    int Year,
    int MonthsScored,
    double? MonthlyAverage,
    double? Satisfaction,
    double? RatingScore,
    int TrainingsPassed,
    int TrainingsRecorded,
    double? TrainingScore,
    double? Score,
    string? Grade,
    bool Final,
    DateTimeOffset ComputedAt);
