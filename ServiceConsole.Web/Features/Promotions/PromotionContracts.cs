using System.ComponentModel.DataAnnotations;
using ServiceConsole.Web.Features.Assessment;
using ServiceConsole.Web.Features.Personnel;
using ServiceConsole.Web.Features.Points;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary><c>POST /api/v1/promotions</c>: an agent for themselves, or HR for an agent (PRM-03).</summary>
/// <param name="AgentCode">The applicant; an agent applies only for themselves.</param>
/// <param name="TargetLevel">The level applied for.</param>
/// <param name="Statement">The applicant's statement, free text.</param>
public sealed record PromotionApplyRequest(
    [Required, StringLength(20)] string? AgentCode,
    [Required, AllowedValues("supervisor", "manager")] string? TargetLevel,
    [Required, StringLength(4000)] string? Statement);

/// <summary><c>POST /api/v1/promotions/{id}/review</c>: the direct supervisor's first review; <c>teamworkNote</c> is the PRM-02 teamwork criterion (an addition).</summary>
/// <param name="Approve">Whether the first review supports the application.</param>
/// <param name="Note">The review's note: required when <c>approve</c> is false (a refusal gives its reason).</param>
/// <param name="TeamworkNote">The PRM-02 teamwork criterion, free text.</param>
public sealed record PromotionReviewRequest([Required] bool? Approve, [StringLength(4000)] string? Note, [StringLength(4000)] string? TeamworkNote);

/// <summary><c>POST /api/v1/promotions/{id}/decide</c>: the committee's decision and rationale.</summary>
/// <param name="Approve">The committee approves (the publicity starts) or refuses.</param>
/// <param name="Rationale">Why, free text.</param>
public sealed record PromotionDecideRequest([Required] bool? Approve, [Required, StringLength(4000)] string? Rationale);

/// <summary><c>POST /api/v1/promotions/{id}/objections</c>: a written objection during the publicity.</summary>
/// <param name="Text">The objection, free text.</param>
public sealed record PromotionObjectionRequest([Required, StringLength(4000)] string? Text);

/// <summary><c>POST /api/v1/promotions/{id}/objections/{objectionId}/answer</c>: HR's answer.</summary>
/// <param name="Answer">HR's answer, free text.</param>
public sealed record PromotionAnswerRequest([Required, StringLength(4000)] string? Answer);

/// <summary><c>POST /api/v1/promotions/{id}/approve</c> and <c>/reject</c>: HR's final decision (a rejection needs the note).</summary>
/// <param name="Note">HR's note, at most 4000 characters: required to reject, optional to approve.</param>
public sealed record PromotionNoteRequest([StringLength(4000)] string? Note);

/// <summary>One recorded step (PRM-05). <c>kind</c>: applied, first-review, committee-decision, objection, objection-answered, hr-approval, hr-rejection, effective.</summary>
public sealed record PromotionStepResource(int Sequence, string Kind, string? By, string? ByName, DateTimeOffset At, bool? Approve, string? Note, bool Late);

/// <summary>A written objection and HR's answer; <c>filedBy</c> is shown to HR, the committee and the supervision group only (and to its author).</summary>
public sealed record PromotionObjectionResource(
    Guid Id, string Text, string? FiledBy, string? FiledByName, DateTimeOffset FiledAt, string? Answer, string? AnsweredBy, string? AnsweredByName, DateTimeOffset? AnsweredAt);

/// <summary>
/// A promotion application with its whole record (PRM-01…05). <c>status</c>: first-review, committee, publicity,
/// approved (waiting for <c>effectiveOn</c>), effective, rejected. Times are UTC instants; <c>effectiveOn</c> is the
/// centre-local day the new level applies (PRM-04).
/// </summary>
public sealed record PromotionResource(
    Guid Id,
    string AgentCode,
    string AgentName,
    string TeamCode,
    string TeamName,
    string FromLevel,
    string TargetLevel,
    string Statement,
    string Status,
    string AppliedBy,
    DateTimeOffset AppliedAt,
    string? Reviewer,
    string? ReviewerName,
    DateTimeOffset FirstReviewDueAt,
    bool FirstReviewOverdue,
    string? TeamworkNotes,
    DateTimeOffset? PublicityStartsAt,
    DateTimeOffset? PublicityEndsAt,
    bool PublicityRunning,
    DateOnly? EffectiveOn,
    DateTimeOffset? ClosedAt,
    int UnansweredObjections,
    IReadOnlyList<PromotionStepResource> Steps,
    IReadOnlyList<PromotionObjectionResource> Objections);

/// <summary>A publicity running now, as every agent's screen shows it (PRM-03).</summary>
public sealed record PromotionPublicityResource(Guid Id, string AgentCode, string AgentName, string TeamName, string TargetLevel, DateTimeOffset PublicityEndsAt);

/// <summary>
/// PRM-02: what the console already knows about the agent, shown with the application form: the last evaluation
/// period's monthly assessments (its satisfaction ratings are the customer feedback), the training file, the points,
/// the level, and the approved rewards and penalties of the personnel file (GEN-07), newest first.
/// </summary>
public sealed record PromotionProfileResource(
    string AgentCode,
    string AgentName,
    string TeamName,
    string Level,
    string? NextLevel,
    IReadOnlyList<string> Months,
    IReadOnlyList<MonthlyAssessmentResource> Assessments,
    IReadOnlyList<KpiTrendPoint> Feedback,
    TrainingFileResource? TrainingFile,
    IReadOnlyList<PointsEntryResource> Points,
    IReadOnlyList<DisciplineRecordResource>? Records = null);
