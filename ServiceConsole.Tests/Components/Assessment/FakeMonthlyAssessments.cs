using ServiceConsole.Domain.Assessment;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Assessment;

namespace ServiceConsole.Tests.Components.Assessment;

/// <summary>Answers the sheet from a list a test fills, and records what the screen asked to change.</summary>
internal sealed class FakeMonthlyAssessments : IMonthlyAssessments
{
    public List<MonthlyAssessmentResource> Rows { get; } = [];

    public List<TerminationProposalResource> Proposals { get; } = [];

    public List<(string Month, string Agent, double? Score, string By)> Attitudes { get; } = [];

    public List<(string Month, string Agent, ReviewRequest Review)> Reviews { get; } = [];

    public List<(string? Month, string By)> Runs { get; } = [];

    public List<string> MonthsRead { get; } = [];

    public static MonthlyAssessmentResource Row(
        string code, string name, string month = "2026-10", double? attitude = null, double? score = null, string? grade = null, string? consequence = null,
        double? response = 0.96, double? fcr = 0.92, double? satisfaction = 4.6, int penaltyPoints = 0, bool final = true) =>
        new(code, name, "ONL-1", "在线客服一组", month, grade is null ? "awaiting-attitude" : final ? "assessed" : "provisional",
            response, fcr, satisfaction, 100, attitude, 100 - penaltyPoints, attitude is { } a ? (a + 100 - penaltyPoints) / 2 : null,
            score, grade, grade == "excellent" ? 300m : 0m, consequence, grade == "excellent", consequence == "termination-proposal", grade == "failed" ? 1 : 0,
            25, 20, 12, penaltyPoints, null, attitude is null ? null : "supervisor", attitude is null ? null : DateTimeOffset.UnixEpoch,
            final, new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero), "system", grade is null || !final ? null : DateTimeOffset.UnixEpoch, null);

    public Task<IReadOnlyList<MonthlyAssessmentResource>> MonthAsync(AssessmentMonth month, Actor actor, CancellationToken cancellationToken = default)
    {
        MonthsRead.Add(month.ToString());
        return Task.FromResult<IReadOnlyList<MonthlyAssessmentResource>>([.. Rows.Where(r => r.Month == month.ToString())]);
    }

    public Task<IReadOnlyList<MonthlyAssessmentResource>> HistoryAsync(string code, AssessmentMonth through, int months, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MonthlyAssessmentResource>>([.. Rows.Where(r => r.AgentCode == code)]);

    public Task<IReadOnlyList<TerminationProposalResource>> ProposalsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TerminationProposalResource>>(Proposals);

    public Task<OperationResult<IReadOnlyList<AnnualAssessmentResource>>> AnnualAsync(int year, Actor actor, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<IReadOnlyList<AnnualAssessmentResource>>.Ok([]));

    public Task<OperationResult<AssessmentRunResource>> RunAsync(string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        Runs.Add((month, actor.Name));
        return Task.FromResult(OperationResult<AssessmentRunResource>.Ok(
            new AssessmentRunResource(month!, true, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, actor.Name, Rows.Count, Rows.Count(r => r.Grade is not null), Rows.Count(r => r.Grade is null), ["A099"])));
    }

    /// <summary>Scores like the policy with every KPI at target and no penalty points: 60 + 0.2 × (attitude + 100).</summary>
    public Task<OperationResult<MonthlyAssessmentResource>> ScoreAttitudeAsync(string? month, string code, AttitudeRequest? request, Actor actor, CancellationToken cancellationToken = default)
    {
        Attitudes.Add((month!, code, request?.Score, actor.Name));
        if (request?.Score is not { } attitude || attitude is < 0 or > 100)
        {
            return Task.FromResult(OperationResult<MonthlyAssessmentResource>.Invalid("score", "score is a number from 0 to 100."));
        }

        var index = Rows.FindIndex(r => r.Month == month && r.AgentCode == code);
        var score = Math.Round(60 + (0.2 * (attitude + 100)), 1);
        var grade = score >= 90 ? "excellent" : score >= 60 ? "qualified" : "failed";
        Rows[index] = Row(code, Rows[index].AgentName, month!, attitude, score, grade, grade == "excellent" ? "excellent-bonus" : "base-bonus");
        return Task.FromResult(OperationResult<MonthlyAssessmentResource>.Ok(Rows[index]));
    }

    public Task<OperationResult<MonthlyAssessmentResource>> ReviewAsync(string? month, string code, ReviewRequest? request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Reviews.Add((month!, code, request));
        if (request.TalkedOn is not { } on || string.IsNullOrWhiteSpace(request.Summary) || string.IsNullOrWhiteSpace(request.ImprovementPlan))
        {
            return Task.FromResult(OperationResult<MonthlyAssessmentResource>.Invalid("summary", "summary is required."));
        }

        var index = Rows.FindIndex(r => r.Month == month && r.AgentCode == code);
        Rows[index] = Rows[index] with { Review = new AssessmentReviewResource(on, request.Summary, request.ImprovementPlan, actor.Name, DateTimeOffset.UnixEpoch) };
        return Task.FromResult(OperationResult<MonthlyAssessmentResource>.Ok(Rows[index]));
    }
}

/// <summary>Two months of one team and one agent.</summary>
internal sealed class FakeAssessmentTrends : IAssessmentTrends
{
    public Task<KpiTrend> TrendAsync(AssessmentMonth through, int months, string? agentCode = null, CancellationToken cancellationToken = default)
    {
        var keys = new[] { through.Previous.ToString(), through.ToString() };
        return Task.FromResult(new KpiTrend(
            keys,
            [new KpiTrendSeries("ONL-1", "在线客服一组", "ONL-1", [new(keys[0], 0.9, 0.8, 4.2, null), new(keys[1], 0.97, 0.93, 4.7, 88.5)])],
            [new KpiTrendSeries("A001", "谢强", "ONL-1", [new(keys[0], null, null, null, null), new(keys[1], 0.96, 0.92, 4.6, 96)])]));
    }
}
