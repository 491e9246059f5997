using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>Additions to the contract: the mass-complaint incident and its handling (EMG-03/04).</summary>
public static class MassIncidentEndpoints
{
    public static RouteGroupBuilder MapMassIncidentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/emergency/mass-complaint").WithTags("Emergency")
            .RequireAuthorization(Policies.RunMassIncidents);

        group.MapGet("/incident", async (MassIncidentService service, CancellationToken ct) =>
                await service.CurrentAsync(ct) is { } incident ? Results.Ok(incident) : Results.Problem(statusCode: 404, detail: "No mass complaint yet."))
            .Produces<MassIncidentResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetMassIncident")
            .WithSummary("The open mass complaint (else the latest): apology, team, clocks, progress, linked complaints.");
        group.MapPost("/incidents/{id:guid}/team", async (Guid id, MassTeamRequest request, ClaimsPrincipal user, MassIncidentService service, CancellationToken ct) =>
                (await service.FormTeamAsync(id, request.AgentCode, request.SpecialistCode, request.OutletHead, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<MassIncidentResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "agentCode": "A001", "specialistCode": "specialist", "outletHead": "HZ-XH-01 王站长" }""")
            .WithName("FormMassIncidentTeam")
            .WithSummary("Name the emergency team: agent, complaint specialist, outlet head (EMG-03).");
        group.MapPost("/incidents/{id:guid}/plan", async (Guid id, MassPlanRequest request, ClaimsPrincipal user, MassIncidentService service, CancellationToken ct) =>
                (await service.PublishPlanAsync(id, request.Plan, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<MassIncidentResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "plan": "统一核实物流轨迹，48 小时内逐一回电并发放补偿券。" }""")
            .WithName("PublishMassIncidentPlan")
            .WithSummary("Publish (or revise) the handling plan, due within 2 h of the incident (EMG-04).");
        group.MapPost("/incidents/{id:guid}/solution", async (Guid id, MassSolutionRequest request, ClaimsPrincipal user, MassIncidentService service, CancellationToken ct) =>
                (await service.ApplySolutionAsync(id, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<MassIncidentResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "kind": "coupon", "amount": 20.0, "note": "批量延误补偿", "findings": "网点分拣故障导致延误。", "faultParty": "none" }""")
            .WithName("ApplyMassIncidentSolution")
            .WithSummary("Propose one solution on every linked complaint in one action (EMG-04).");
        group.MapPost("/incidents/{id:guid}/notifications/{complaintId:guid}", async (Guid id, Guid complaintId, MassNotifyRequest request, ClaimsPrincipal user, MassIncidentService service, CancellationToken ct) =>
                (await service.NotifyAsync(id, complaintId, request.Channel, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<MassIncidentResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "channel": "sms" }""")
            .WithName("NotifyMassComplainant")
            .WithSummary("Record that a complainant was told, by phone or sms (EMG-04).");
        return api;
    }
}
