using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Points;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// SVC-12, <c>GET /api/v1/recognition/{month}</c>: the month's ranking from its real ratings, the proposal (rank 1, null
/// when nobody has <c>minRatings</c>), and the confirmed choice once a supervisor made it. <c>monthOver</c> says whether
/// it may be confirmed yet.
/// </summary>
public sealed record RecognitionResource(
    string Month,
    bool MonthOver,
    int MinRatings,
    decimal BonusYuan,
    IReadOnlyList<RecognitionCandidateResource> Candidates,
    RecognitionCandidateResource? Proposal,
    RecognitionAwardResource? Confirmed);

/// <summary>An agent's figures in the month: ratings, mean, five-star ratings and the points they lost (the ledger).</summary>
public sealed record RecognitionCandidateResource(
    string AgentCode,
    string Name,
    int Ratings,
    double Mean,
    int FiveStars,
    int PointsLost,
    bool Eligible,
    int? Rank);

/// <summary>The confirmed excellent agent of a month: who, the bonus, the proposal followed or the reason to depart from it.</summary>
public sealed record RecognitionAwardResource(
    string Month,
    string AgentCode,
    string Name,
    string? ProposedAgentCode,
    string? Reason,
    decimal BonusYuan,
    int Ratings,
    double? MeanRating,
    int FiveStars,
    string ConfirmedBy,
    DateTimeOffset ConfirmedAt);

/// <summary><c>POST /api/v1/recognition/{month}/confirm</c>: the agent, and the reason when it is not the proposal.</summary>
/// <param name="AgentCode">The agent to recognise (an existing agent).</param>
/// <param name="Reason">Why, free text; required when the agent is not the month's proposal (400 otherwise).</param>
public sealed record RecognitionConfirmRequest(
    [Required, StringLength(100)] string? AgentCode,
    [StringLength(ExcellentAgentAward.MaxReasonLength)] string? Reason);
