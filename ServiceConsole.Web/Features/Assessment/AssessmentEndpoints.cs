using System.Globalization;
using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Assessment;

public static class AssessmentEndpoints
{
    public static RouteGroupBuilder MapAssessmentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/assessments").WithTags("Assessments");

        group.MapGet("/proposals", async (MonthlyAssessments service, CancellationToken ct) => TypedResults.Ok(await service.ProposalsAsync(ct)))
            .Produces<IReadOnlyList<TerminationProposalResource>>()
            .WithName("ListTerminationProposals")
            .WithSummary("Termination proposals after failed months in a row (TRN-06), open first, for HR.")
            .RequireAuthorization(Policies.ReadTerminationProposals);

        group.MapGet("/annual/{year}", async (string year, ClaimsPrincipal user, MonthlyAssessments service, CancellationToken ct) =>
                int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                    ? (await service.AnnualAsync(y, Actor.FromPrincipal(user), ct)).ToHttp()
                    : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["year is a year such as 2026."] }))
            .Produces<IReadOnlyList<AnnualAssessmentResource>>()
            .ProducesValidationProblem()
            .WithName("ListAnnualAssessments")
            .WithSummary("The year's annual assessment (TRN-03), computed with December's: monthly results, customer ratings, training file. An agent sees only their own.")
            .RequireAuthorization(Policies.ReadAssessments);

        group.MapGet("/{month}", async (string month, ClaimsPrincipal user, MonthlyAssessments service, CancellationToken ct) =>
                (await service.ListAsync(month, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<IReadOnlyList<MonthlyAssessmentResource>>()
            .ProducesValidationProblem()
            .WithName("ListMonthlyAssessments")
            .WithSummary("A month's assessment per agent (TRN-03…06): KPIs, parts, score, grade, bonus, consequence. An agent sees only their own row.")
            .RequireAuthorization(Policies.ReadAssessments);

        group.MapGet("/{month}/agents/{code}", async (string month, string code, ClaimsPrincipal user, MonthlyAssessments service, CancellationToken ct) =>
                (await service.GetAsync(month, code, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<MonthlyAssessmentResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetMonthlyAssessment")
            .WithSummary("One agent's month (an addition); another agent's answers 404 to an agent.")
            .RequireAuthorization(Policies.ReadAssessments);

        group.MapPut("/{month}/agents/{code}/attitude", async (string month, string code, AttitudeRequest? request, ClaimsPrincipal user, MonthlyAssessments service, CancellationToken ct) =>
                (await service.ScoreAttitudeAsync(month, code, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<MonthlyAssessmentResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "score": 92, "note": "主动协助新人。" }""")
            .WithName("ScoreAttitude")
            .WithSummary("The supervisor's attitude score 0–100 for the month (TRN-04); completes a result awaiting it.")
            .RequireAuthorization(Policies.ScoreAttitude);

        group.MapPut("/{month}/agents/{code}/review", async (string month, string code, ReviewRequest? request, ClaimsPrincipal user, MonthlyAssessments service, CancellationToken ct) =>
                (await service.ReviewAsync(month, code, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<MonthlyAssessmentResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "talkedOn": "2026-12-02", "summary": "本月满意度下降，主要为在线响应慢。", "improvementPlan": "每日复盘超时会话，下月响应时长降至 10 秒内。" }""")
            .WithName("ReviewAssessment")
            .WithSummary("The one-to-one talk about a graded month and the improvement plan (TRN-08).")
            .RequireAuthorization(Policies.ScoreAttitude);

        group.MapPost("/{month}/run", async (string month, ClaimsPrincipal user, MonthlyAssessments service, CancellationToken ct) =>
                (await service.RunAsync(month, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<AssessmentRunResource>()
            .ProducesValidationProblem()
            .WithName("RunMonthlyAssessment")
            .WithSummary("Runs the month's assessment now (TRN-03): final from the last working day's assessment time, the month so far before it. Re-running replaces.")
            .RequireAuthorization(Policies.RunAssessments);
        return api;
    }
}
