using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

public static class ComplaintEndpoints
{
    public static RouteGroupBuilder MapComplaintEndpoints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints")
            .RequireAuthorization(Policies.ReadComplaints);

        complaints.MapPost("/", async (ComplaintCreateRequest request, ClaimsPrincipal user, ComplaintService service, CancellationToken ct) =>
                (await service.CreateAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(c => $"/api/v1/complaints/{c.Id}"))
            .Produces<ComplaintResource>(StatusCodes.Status201Created)
            .Produces<ComplaintResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateComplaint")
            .WithRequestExample("""
                { "externalId": "cmp-778", "channel": "online", "customerName": "李先生", "customerPhone": "13900139000",
                  "waybillNo": "YD4312345678901", "outletCode": "HZ-XH-01", "category": "delay", "delayDays": 2,
                  "packagingOnly": false, "itemValue": 320.0, "insured": false, "insuredValue": null, "shippingFee": 12.0,
                  "demand": "赔偿", "issueKey": null, "receivedAt": "2026-11-22T08:00:00Z" }
                """)
            .WithSummary("Register a complaint (CMP-01); severity and deadlines follow CMP-02…04. Idempotent on externalId.");

        complaints.MapGet("/", async ([AllowedValues("open", "all")] string? status, string? issueKey, [Range(1, 1_000_000)] string? page, [Range(1, 500)] string? pageSize, ClaimsPrincipal user, ComplaintService service, CancellationToken ct) =>
                (await service.ListAsync(status, issueKey, page, pageSize, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<ComplaintPage>()
            .ProducesValidationProblem()
            .WithName("ListComplaints")
            .WithSummary("Complaints, newest first; status=open (default) or all.");

        complaints.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ComplaintService service, CancellationToken ct) =>
                await service.GetAsync(id, Actor.FromPrincipal(user), ct) is { } complaint
                    ? Results.Ok(complaint)
                    : TypedResults.Problem($"No complaint with id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .Produces<ComplaintResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetComplaint");

        complaints.MapPost("/{id:guid}/assign", async (Guid id, ComplaintAssignRequest request, ClaimsPrincipal user, ComplaintService service, CancellationToken ct) =>
                (await service.AssignAsync(id, request.Assignee, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.AssignComplaints)
            .Produces<ComplaintResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "assignee": "A002" }""")
            .WithName("AssignComplaint")
            .WithSummary("Give the complaint to another owner: an agent, or a complaint specialist (a major complaint only to a specialist, CMP-04). An addition.");

        var lifecycle = complaints.MapGroup("/{id:guid}")
            .RequireAuthorization(Policies.WorkComplaints);
        lifecycle.MapPost("/verify", (Guid id, ComplaintVerifyRequest request, ClaimsPrincipal user, ComplaintLifecycleService service, CancellationToken ct) =>
                Run(service.VerifyAsync(id, request, Actor.FromPrincipal(user), ct)))
            .Transition().WithRequestExample("""{ "findings": "快递员未按约定时间派送，延误两天。", "faultParty": "courier", "at": "2026-11-22T09:00:00Z", "accountable": "C1024" }""").WithName("VerifyComplaint").WithSummary("Record the verification findings and who was at fault (CMP-04).");
        lifecycle.MapPost("/evidence", (Guid id, ComplaintEvidenceRequest request, ClaimsPrincipal user, ComplaintLifecycleService service, CancellationToken ct) =>
                Run(service.RecordEvidenceAsync(id, request, Actor.FromPrincipal(user), ct)))
            .Transition().WithRequestExample("""{ "kind": "logistics-records", "note": "物流轨迹显示 11-20 到达网点后滞留。", "at": "2026-11-22T09:10:00Z" }""").WithName("RecordComplaintEvidence").WithSummary("A piece of the verification's evidence: courier, outlet-head, logistics-records or video (CMP-04). An addition.");
        lifecycle.MapPost("/propose", (Guid id, ComplaintProposeRequest request, ClaimsPrincipal user, ComplaintLifecycleService service, CancellationToken ct) =>
                Run(service.ProposeAsync(id, request, Actor.FromPrincipal(user), ct)))
            .Transition().WithRequestExample("""{ "kind": "coupon", "amount": 20.0, "note": "延误补偿券", "at": "2026-11-22T09:30:00Z" }""").WithName("ProposeSolution").WithSummary("Open a negotiation round with a proposed solution (CMP-08).");
        lifecycle.MapPost("/decline", (Guid id, ComplaintNoteRequest? request, ClaimsPrincipal user, ComplaintLifecycleService service, CancellationToken ct) =>
                Run(service.DeclineAsync(id, request ?? new(null, null), Actor.FromPrincipal(user), ct)))
            .Transition().WithRequestExample("""{ "note": "客户希望现金补偿。", "at": "2026-11-22T10:00:00Z" }""").WithName("DeclineSolution").WithSummary("The customer declined the open round (CMP-08).");
        lifecycle.MapPost("/accept", (Guid id, ComplaintNoteRequest? request, ClaimsPrincipal user, ComplaintLifecycleService service, CancellationToken ct) =>
                Run(service.AcceptAsync(id, request ?? new(null, null), Actor.FromPrincipal(user), ct)))
            .Transition().WithRequestExample("""{ "note": "客户接受补偿券。", "at": "2026-11-22T10:00:00Z" }""").WithName("AcceptSolution").WithSummary("The customer accepted: resolved, follow-up callback due in 24 h (CMP-09).");
        lifecycle.MapPost("/callback", (Guid id, ComplaintCallbackRequest request, ClaimsPrincipal user, ComplaintLifecycleService service, CancellationToken ct) =>
                Run(service.CallbackAsync(id, request, Actor.FromPrincipal(user), ct)))
            .Transition().WithRequestExample("""{ "satisfied": true, "satisfaction": 5, "note": "客户表示满意。", "at": "2026-11-23T09:00:00Z" }""").WithName("RecordComplaintCallback").WithSummary("The follow-up call: satisfied closes, unhappy reopens with a re-callback in 12 h (CMP-09/10).");
        return api;
    }

    /// <summary>What every lifecycle call can answer: the complaint, a field error, unknown id, or a refused transition.</summary>
    private static RouteHandlerBuilder Transition(this RouteHandlerBuilder route) => route
        .Produces<ComplaintResource>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> Run(Task<OperationResult<ComplaintResource>> transition) => (await transition).ToHttp();
}
