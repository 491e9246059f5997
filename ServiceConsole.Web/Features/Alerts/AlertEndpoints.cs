using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Alerts;

public static class AlertEndpoints
{
    public static RouteGroupBuilder MapAlertEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts", async (DateTimeOffset? since, ClaimsPrincipal user, ClockAlertService alerts, TimeProvider time, CancellationToken ct) =>
            {
                var actor = Actor.FromPrincipal(user);
                var from = since ?? time.GetUtcNow().AddHours(-24);
                return Results.Ok(await alerts.RecentAsync(from, actor.ActsOnlyAsAgent ? actor.AgentCode ?? "" : null, includeDrills: false, take: 500, ct));
            })
            .RequireAuthorization(Policies.ReadComplaints)
            .WithTags("Callbacks")
            .Produces<IReadOnlyList<ClockAlertResource>>()
            .WithName("ListAlerts")
            .WithSummary("Warnings before deadlines and breaches since a time (default the last 24 h), newest first (an addition).");
        return api;
    }
}
