using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Modes;

public static class EmergencyEndpoints
{
    public static RouteGroupBuilder MapEmergencyEndpoints(this RouteGroupBuilder api)
    {
        var emergency = api.MapGroup("/emergency").WithTags("Emergency");

        emergency.MapGet("/", async (EmergencyService service, CancellationToken ct) => Results.Ok(await service.GetAllAsync(ct)))
            .Produces<IReadOnlyList<EmergencyModeResource>>()
            .WithName("GetEmergencyModes")
            .WithSummary("The three modes, one entry each (EMG-01…04).")
            .RequireAuthorization();

        var switching = emergency.MapGroup("/").RequireAuthorization(Policies.SwitchModes);
        switching.MapPost("/{mode}/activate", async (string mode, EmergencyActivateRequest request, ClaimsPrincipal user, EmergencyService service, CancellationToken ct) =>
                (await service.ActivateAsync(mode, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<EmergencyModeResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "reason": "台风红色预警，华东区域停运。", "phase": "response", "drill": false, "issueKey": "typhoon-2026-11" }""")
            .WithName("ActivateEmergencyMode")
            .WithSummary("Switch a mode on or change its phase; the reason is required and logged (EMG-07).");
        switching.MapPost("/{mode}/deactivate", async (string mode, EmergencyDeactivateRequest request, ClaimsPrincipal user, EmergencyService service, CancellationToken ct) =>
                (await service.DeactivateAsync(mode, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<EmergencyModeResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "reason": "预警解除，恢复正常服务。" }""")
            .WithName("DeactivateEmergencyMode");
        return api;
    }
}
