using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Outage;

public static class OutageEndpoints
{
    /// <summary>EMG-02: report, acknowledge, waiting customers and restore of a system outage (additions to the contract).</summary>
    public static RouteGroupBuilder MapOutageEndpoints(this RouteGroupBuilder api)
    {
        var outage = api.MapGroup("/emergency/outage").WithTags("Emergency");

        outage.MapGet("/", async (ClaimsPrincipal user, OutageService service, CancellationToken ct) =>
                await service.CurrentAsync(Actor.FromPrincipal(user), ct) is { } current
                    ? Results.Ok(current)
                    : TypedResults.Problem("No outage has been reported.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .RequireAuthorization(Policies.JoinEmergency)
            .Produces<OutageResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetOutage")
            .WithSummary("The open outage, else the latest: report clock, customer message, waiting customers, recovery callbacks (EMG-02).");
        outage.MapPost("/report", async (OutageReportRequest request, ClaimsPrincipal user, OutageService service, CancellationToken ct) =>
                (await service.ReportAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(_ => "/api/v1/emergency/outage"))
            .RequireAuthorization(Policies.JoinEmergency)
            .Produces<OutageResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "description": "工单系统无法打开，电话可接通。", "drill": false }""")
            .WithName("ReportOutage")
            .WithSummary("The agent who notices the outage reports it: outage mode goes on and the 5-minute report clock starts.");
        outage.MapPost("/acknowledge", async (ClaimsPrincipal user, OutageService service, CancellationToken ct) =>
                (await service.AcknowledgeAsync(Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.LeadEmergency)
            .Produces<OutageResource>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("AcknowledgeOutage")
            .WithSummary("The supervisor has contacted the technical team; after 5 minutes it is recorded as a breach.");
        outage.MapPost("/waiting", async (OutageWaitingRequest request, ClaimsPrincipal user, OutageService service, CancellationToken ct) =>
                (await service.RecordWaitingAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(_ => "/api/v1/emergency/outage"))
            .RequireAuthorization(Policies.JoinEmergency)
            .Produces<OutageWaitingResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "customerName": "李先生", "customerPhone": "13900139000", "waybillNo": "YD4312345678901", "issue": "查询包裹延误", "recordedBy": "A001", "recordedAt": "2026-11-22T08:20:00Z" }""")
            .WithName("RecordOutageWaitingCustomer")
            .WithSummary("A customer who could not be served while the system is down (a paper-form line typed in later included).");
        outage.MapPost("/restore", async (OutageRestoreRequest? request, ClaimsPrincipal user, OutageService service, CancellationToken ct) =>
                (await service.RestoreAsync(request ?? new OutageRestoreRequest(null), Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.LeadEmergency)
            .Produces<OutageResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "reason": "系统已恢复" }""")
            .WithName("RestoreOutage")
            .WithSummary("The system is back: outage mode goes off, the restored notice is published, each waiting customer is owed a call within 1 h.");
        return api;
    }
}
