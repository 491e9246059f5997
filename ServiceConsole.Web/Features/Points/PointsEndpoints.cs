using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Points;

public static class PointsEndpoints
{
    /// <summary><c>/api/v1/points</c> and <c>/api/v1/recognition</c> (SVC-10…12, CMP-11/12): additions.</summary>
    public static RouteGroupBuilder MapPointsEndpoints(this RouteGroupBuilder api)
    {
        var points = api.MapGroup("/points").WithTags("Points").RequireAuthorization(Policies.ReadPoints);

        points.MapGet("/", async (string? subject, string? code, string? month, ClaimsPrincipal user, IPointsLedger ledger, CancellationToken ct) =>
                (await ledger.ListAsync(subject, code, month, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<IReadOnlyList<PointsEntryResource>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListPoints")
            .WithSummary("The month's points ledger, newest first: complaint accountability (CMP-11 couriers, CMP-12 agents, in force) and norm violations (SVC-10). subject=agent|courier, code, month=yyyy-MM (default this month). An agent reads only their own.");

        points.MapPost("/violations", async (NormViolationRequest request, ClaimsPrincipal user, IPointsLedger ledger, CancellationToken ct) =>
                (await ledger.RecordViolationAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(e => $"/api/v1/points?subject=agent&code={Uri.EscapeDataString(e.Code)}"))
            .RequireAuthorization(Policies.RecordViolations)
            .Produces<PointsEntryResource>(StatusCodes.Status201Created)
            .Produces<PointsEntryResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "agentCode": "A003", "complaintId": null, "reason": "通话结束未使用标准结束语" }""")
            .WithName("RecordNormViolation")
            .WithSummary("SVC-10: the agent did not follow the service norms; against a verified complaint (once per complaint: a repeat answers 200 with the first) or directly with a reason. Costs the agent 5 points.");

        var recognition = api.MapGroup("/recognition").WithTags("Points").RequireAuthorization(Policies.ReviewPoints);

        recognition.MapGet("/{month}", async (string month, IExcellentAgentRecognition service, CancellationToken ct) =>
                (await service.GetAsync(month, ct)).ToHttp())
            .Produces<RecognitionResource>()
            .ProducesValidationProblem()
            .WithName("GetRecognition")
            .WithSummary("SVC-12: the month's ranking from its ratings (mean, five-star ratings, points lost), the proposed excellent agent and the confirmed choice.");

        recognition.MapPost("/{month}/confirm", async (string month, RecognitionConfirmRequest request, ClaimsPrincipal user, IExcellentAgentRecognition service, CancellationToken ct) =>
                (await service.ConfirmAsync(month, request, Actor.FromPrincipal(user), ct)).ToHttp(a => $"/api/v1/recognition/{a.Month}"))
            .RequireAuthorization(Policies.ConfirmRecognition)
            .Produces<RecognitionAwardResource>(StatusCodes.Status201Created)
            .Produces<RecognitionAwardResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "agentCode": "A001", "reason": null }""")
            .WithName("ConfirmRecognition")
            .WithSummary("SVC-12: a supervisor confirms the month's excellent agent once the month is over (the proposal, or another agent with a reason); 200 yuan; published to every agent.");
        return api;
    }
}
