using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Features.Audit;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").RequireAuthorization(Policies.ReadAudit).WithTags("Audit");
        audit.MapGet("/", async (
                string? subject, string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to, long? before, int? limit,
                AuditQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.FindAsync(new AuditFilter(subject, actor, action, from, to, before, limit), ct)))
            .WithName("ListAudit")
            .WithSummary("Audit rows matching every given filter (subject, actor, action, from, to), newest first; page back with before=<sequence> (an addition, INF-05).");
        audit.MapGet("/verify", async (AuditQuery query, CancellationToken ct) => TypedResults.Ok(await query.VerifyAsync(ct)))
            .WithName("VerifyAudit")
            .WithSummary("Follows every link of the audit chain: ok with the row count, or the first broken link (an addition, INF-05).");
        return api;
    }
}
