using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Audit;

/// <summary>
/// The audit chain (INF-05): the one <see cref="IAuditTrail"/> every capability records through, the admin's API
/// (<c>/api/v1/audit</c>, <c>/api/v1/audit/verify</c>) and the screen <c>/admin/audit</c>.
/// </summary>
public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddSingleton<AuditQuery>();
        return services;
    }

    public static RouteGroupBuilder MapAuditFeature(this RouteGroupBuilder api) => api.MapAuditEndpoints();
}
