using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Retention;

public static class RetentionEndpoints
{
    public static RouteGroupBuilder MapRetentionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/retention/runs", async (RetentionPurge purge, CancellationToken ct) => TypedResults.Ok(await purge.ListAsync(ct)))
            .RequireAuthorization(Policies.Administer)
            .WithTags("Retention")
            .Produces<IReadOnlyList<RetentionRunResource>>()
            .WithName("ListRetentionRuns")
            .WithSummary("INF-08 destruction records, newest first: cut-offs, rows destroyed per kind, status (an addition).");

        api.MapPost("/retention/run", async (ClaimsPrincipal user, RetentionPurge purge, IHostApplicationLifetime lifetime) =>
            {
                // Runs to the end even if the caller hangs up; only the console stopping interrupts it (and the next run resumes).
                var run = await purge.RunAsync(Actor.FromPrincipal(user).Name, lifetime.ApplicationStopping);
                return run is null
                    ? Results.Problem("A retention purge is already running; its record shows as running.", statusCode: StatusCodes.Status409Conflict, title: "Conflict.")
                    : TypedResults.Ok(run);
            })
            .RequireAuthorization(Policies.Administer)
            .WithTags("Retention")
            .Produces<RetentionRunResource>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RunRetentionPurge")
            .WithSummary("Runs the INF-08 purge now (or resumes an interrupted one) and returns its destruction record (an addition).");
        return api;
    }
}
