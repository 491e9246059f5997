using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Contacts;

public static class AgentEndpoints
{
    public static RouteGroupBuilder MapAgentEndpoints(this RouteGroupBuilder api)
    {
        var agents = api.MapGroup("/agents").WithTags("Agents");

        agents.MapGet("/", async (AgentService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)))
            .Produces<IReadOnlyList<AgentResource>>()
            .WithName("ListAgents")
            .RequireAuthorization(Policies.ListAgents);

        agents.MapGet("/{code}/kpi", async (string code, string? month, ClaimsPrincipal user, AgentService service, CancellationToken ct) =>
                (await service.KpiAsync(code, month, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<AgentKpiResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetAgentKpi")
            .WithSummary("Response compliance, first-contact resolution and satisfaction for a month (SVC-07…09).")
            .RequireAuthorization(Policies.ReadKpis);
        return api;
    }
}
