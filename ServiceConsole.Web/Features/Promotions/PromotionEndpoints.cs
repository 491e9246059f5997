using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary><c>/api/v1/promotions/…</c> (PRM-01…05, additions).</summary>
public static class PromotionEndpoints
{
    public static RouteGroupBuilder MapPromotionEndpoints(this RouteGroupBuilder api)
    {
        var promotions = api.MapGroup("/promotions").WithTags("Promotions");

        promotions.MapPost("/", async (PromotionApplyRequest request, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.ApplyAsync(request, PromotionViewer.FromPrincipal(user), ct)).ToHttp(p => $"/api/v1/promotions/{p.Id}"))
            .RequireAuthorization(Policies.ApplyForPromotion)
            .Produces<PromotionResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "agentCode": "A001", "targetLevel": "supervisor", "statement": "入职三年，带教过两名新员工，希望承担班组管理工作。" }""")
            .WithName("ApplyForPromotion")
            .WithSummary("An agent applies for the next level (PRM-01/03), or HR for an agent; 409 for a level that is not the next one or a second open application (an addition).");

        promotions.MapGet("/", async (string? status, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.ListAsync(status, PromotionViewer.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.ReadPromotions)
            .Produces<IReadOnlyList<PromotionResource>>()
            .ProducesValidationProblem()
            .WithName("ListPromotions")
            .WithSummary("The promotion applications the caller may read, optionally of one status, open ones first (PRM-05) (an addition).");

        promotions.MapGet("/publicity", async (IPromotionWorkflow workflow, CancellationToken ct) => TypedResults.Ok(await workflow.PublicityAsync(ct)))
            .RequireAuthorization()
            .Produces<IReadOnlyList<PromotionPublicityResource>>()
            .WithName("ListPromotionPublicity")
            .WithSummary("The publicities running now: who is proposed for which level, until when (PRM-03) (an addition).");

        promotions.MapGet("/profile/{agentCode}", async (string agentCode, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                await workflow.ProfileAsync(agentCode, PromotionViewer.FromPrincipal(user), ct) is { } found
                    ? Results.Ok(found)
                    : Results.Problem($"No agent {ValidationErrors.Echo(agentCode)}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .RequireAuthorization(Policies.ReadPromotions)
            .Produces<PromotionProfileResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPromotionProfile")
            .WithSummary("The application form's data the console already has for the agent: last quarter's assessments, customer feedback, training file, points (PRM-02) (an addition).");

        promotions.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                await workflow.GetAsync(id, PromotionViewer.FromPrincipal(user), ct) is { } found
                    ? Results.Ok(found)
                    : Results.Problem($"No promotion application with id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .RequireAuthorization(Policies.ReadPromotions)
            .Produces<PromotionResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPromotion")
            .WithSummary("One application with its steps, objections, publicityEndsAt, effectiveOn and status (PRM-05) (an addition).");

        Step(promotions, "/{id:guid}/review", Policies.ReviewPromotions, "ReviewPromotion",
            "The direct supervisor's first review, due within Policy:Promotion:FirstReviewDays (PRM-03) (an addition).",
            async (Guid id, PromotionReviewRequest request, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.ReviewAsync(id, request, PromotionViewer.FromPrincipal(user), ct)).ToHttp())
            .WithRequestExample("""{ "approve": true, "note": "业绩突出，同意推荐。", "teamworkNote": "主动分享经验，班组协作积极。" }""");
        Step(promotions, "/{id:guid}/decide", Policies.DecidePromotions, "DecidePromotion",
            "The review committee's decision with its rationale; approval starts the publicity (PRM-03) (an addition).",
            async (Guid id, PromotionDecideRequest request, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.DecideAsync(id, request, PromotionViewer.FromPrincipal(user), ct)).ToHttp())
            .WithRequestExample("""{ "approve": true, "rationale": "季度考核优秀，培训全部通过，委员会一致同意进入公示。" }""");
        Step(promotions, "/{id:guid}/objections", null, "ObjectToPromotion",
            "A written objection while the publicity runs; anyone signed in (PRM-03) (an addition).",
            async (Guid id, PromotionObjectionRequest request, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.ObjectAsync(id, request, PromotionViewer.FromPrincipal(user), ct)).ToHttp())
            .WithRequestExample("""{ "text": "申请人上月有一次服务规范违规，请核实。" }""");
        Step(promotions, "/{id:guid}/objections/{objectionId:guid}/answer", Policies.ApprovePromotions, "AnswerPromotionObjection",
            "HR answers an objection (PRM-03) (an addition).",
            async (Guid id, Guid objectionId, PromotionAnswerRequest request, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.AnswerAsync(id, objectionId, request, PromotionViewer.FromPrincipal(user), ct)).ToHttp())
            .WithRequestExample("""{ "answer": "经核实该违规已整改，不影响本次晋升。" }""");
        Step(promotions, "/{id:guid}/approve", Policies.ApprovePromotions, "ApprovePromotion",
            "HR's final approval once the publicity has ended and every objection is answered (409 otherwise); sets effectiveOn (PRM-03/04) (an addition).",
            async (Guid id, PromotionNoteRequest? request, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.ApproveAsync(id, request ?? new PromotionNoteRequest(null), PromotionViewer.FromPrincipal(user), ct)).ToHttp())
            .WithRequestExample("""{ "note": "公示期满无异议，批准。" }""");
        Step(promotions, "/{id:guid}/reject", Policies.ApprovePromotions, "RejectPromotion",
            "HR rejects the application with a note at any step before the final approval (PRM-03) (an addition).",
            async (Guid id, PromotionNoteRequest request, ClaimsPrincipal user, IPromotionWorkflow workflow, CancellationToken ct) =>
                (await workflow.RejectAsync(id, request, PromotionViewer.FromPrincipal(user), ct)).ToHttp())
            .WithRequestExample("""{ "note": "考核期内出现重大投诉，本次不予晋升。" }""");
        return api;
    }

    private static RouteHandlerBuilder Step(RouteGroupBuilder group, string pattern, string? policy, string name, string summary, Delegate handler)
    {
        var route = group.MapPost(pattern, handler);
        _ = policy is null ? route.RequireAuthorization() : route.RequireAuthorization(policy);
        return route.Produces<PromotionResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName(name)
            .WithSummary(summary);
    }
}
