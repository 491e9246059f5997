using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Security;

/// <summary>
/// Leak response (INF-10, INF-11): the leak watch on the audit chain, data-loss incidents with their 2-hour plan clock
/// and a notification task per affected customer, and the admin's API <c>/api/v1/security/incidents</c>.
/// </summary>
public static class SecurityFeature
{
    public static IServiceCollection AddSecurityFeature(this IServiceCollection services)
    {
        services.AddSingleton<SecurityIncidents>();
        services.AddSingleton<IAuditObserver, LeakWatch>();
        return services;
    }

    public static RouteGroupBuilder MapSecurityFeature(this RouteGroupBuilder api)
    {
        var incidents = api.MapGroup("/security/incidents").RequireAuthorization(Policies.Administer).WithTags("Security");
        incidents.MapGet("/", async (SecurityIncidents service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithName("ListSecurityIncidents")
            .WithSummary("Security incidents newest first: suspected leaks (INF-10) and data losses with their plan clock (INF-11) (an addition).");
        incidents.MapPost("/", async (DataLossRequest request, ClaimsPrincipal user, SecurityIncidents service, CancellationToken ct) =>
                (await service.OpenDataLossAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(i => $"/api/v1/security/incidents/{i.Id}"))
            .Produces<SecurityIncidentResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithRequestExample("""{ "description": "导出文件误发至外部邮箱。", "customerIds": ["0193a4c2-7f10-7b3e-9a51-2f6c1d0e8a11"] }""")
            .WithName("OpenDataLoss")
            .WithSummary("Opens a data-loss incident: the emergency plan is due within Policy:Information:DataFaultPlanHours (INF-11) (an addition).");
        incidents.MapPost("/{id:guid}/plan", async (Guid id, ClaimsPrincipal user, SecurityIncidents service, CancellationToken ct) =>
                (await service.StartPlanAsync(id, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<SecurityIncidentResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("StartSecurityPlan")
            .WithSummary("Records that the emergency plan has started; the plan clock stops (INF-11) (an addition).");
        incidents.MapPost("/{id:guid}/customers/{customerId:guid}/notified", async (Guid id, Guid customerId, ClaimsPrincipal user, SecurityIncidents service, CancellationToken ct) =>
                (await service.NotifiedAsync(id, customerId, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<SecurityIncidentResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("NotifyAffectedCustomer")
            .WithSummary("Records that an affected customer was notified with an apology (INF-11) (an addition).");
        return api;
    }
}
