using ServiceConsole.Domain.Assessment;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>What the assessment screens ask of <see cref="MonthlyAssessments"/> (the API and the job use the class itself).</summary>
public interface IMonthlyAssessments
{
    /// <summary>A month's results by agent code; an agent acting as themselves sees only their own row.</summary>
    Task<IReadOnlyList<MonthlyAssessmentResource>> MonthAsync(AssessmentMonth month, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>One agent's results over the months up to <paramref name="through"/>, oldest first.</summary>
    Task<IReadOnlyList<MonthlyAssessmentResource>> HistoryAsync(string code, AssessmentMonth through, int months, CancellationToken cancellationToken = default);

    /// <summary>TRN-06: the termination proposals, open ones first.</summary>
    Task<IReadOnlyList<TerminationProposalResource>> ProposalsAsync(CancellationToken cancellationToken = default);

    /// <summary>TRN-03: the year's annual results; an agent sees only their own.</summary>
    Task<OperationResult<IReadOnlyList<AnnualAssessmentResource>>> AnnualAsync(int year, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Runs a month now (the month so far before its assessment time).</summary>
    Task<OperationResult<AssessmentRunResource>> RunAsync(string? month, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>TRN-04: the supervisor's attitude score.</summary>
    Task<OperationResult<MonthlyAssessmentResource>> ScoreAttitudeAsync(string? month, string code, AttitudeRequest? request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>TRN-08: the one-to-one talk and the improvement plan.</summary>
    Task<OperationResult<MonthlyAssessmentResource>> ReviewAsync(string? month, string code, ReviewRequest? request, Actor actor, CancellationToken cancellationToken = default);
}

/// <summary>The KPI trends behind the charts (<see cref="AssessmentTrends"/>).</summary>
public interface IAssessmentTrends
{
    Task<KpiTrend> TrendAsync(AssessmentMonth through, int months, string? agentCode = null, CancellationToken cancellationToken = default);
}
