using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Health;

/// <summary><c>/healthz</c>: the database and the scheduler, each checked.</summary>
public static class HealthFeature
{
    public static IServiceCollection AddHealthFeature(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }

    /// <summary><c>/healthz</c>: 200 when the database and the scheduler are up, 503 otherwise, with each check's state.</summary>
    public static IEndpointRouteBuilder MapHealthFeature(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsJsonAsync(new
                {
                    status = report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy",
                    checks = report.Entries.ToDictionary(
                        entry => entry.Key,
                        entry => new { status = entry.Value.Status == HealthStatus.Healthy ? "healthy" : "unhealthy", description = entry.Value.Description }),
                });
            },
        });
        return app;
    }
}
