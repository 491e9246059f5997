using System.Globalization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Scheduling;
using StackExchange.Redis;

namespace ServiceConsole.Web.Features.Health;

/// <summary><c>/healthz</c>: each dependency of the console checked on its own and listed in the JSON answer.</summary>
public static class HealthFeature
{
    /// <summary>The tag every dependency check carries.</summary>
    public const string DependencyTag = "dependency";

    /// <summary>
    /// How long one check may take before it counts as failed; the scheduler's store probe bounds itself at 5 s
    /// (<see cref="SchedulerHealthCheck.StoreProbeTimeout"/>), the others answer in milliseconds.
    /// </summary>
    internal static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// One line per dependency. A new one (Redis, PostgreSQL, a second node's feed) is an <see cref="IHealthCheck"/>
    /// and one <see cref="AddDependency{T}"/> line here; the endpoint lists it without further change.
    /// </summary>
    public static IServiceCollection AddHealthFeature(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDependency<DatabaseHealthCheck>("database")
            .AddDependency<SchedulerHealthCheck>("scheduler")
            .AddDependency<LiveFeedHealthCheck>("live")
            .AddDependency<DataProtectionHealthCheck>("dataProtection");

        // Redis when the nodes share one (ConnectionStrings:Redis): the live and key-ring plumbing, registered before the
        // capabilities, has then registered its connection. Without it a node still ingests, decides and shows its own
        // screens; only what crosses between nodes stops. So its failure is degraded, answered 200: a balancer that
        // took out every node whose shared Redis blinked would turn a partial loss into a full outage.
        if (services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer)))
        {
            services.AddHealthChecks().AddDependency<RedisHealthCheck>("redis", HealthStatus.Degraded);
        }

        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="T"/> as the dependency <paramref name="name"/>, bounded in time: unhealthy when it
    /// fails (503), unless the console still does its work without it (<see cref="HealthStatus.Degraded"/>, 200).
    /// </summary>
    public static IHealthChecksBuilder AddDependency<T>(this IHealthChecksBuilder builder, string name, HealthStatus failureStatus = HealthStatus.Unhealthy)
        where T : class, IHealthCheck =>
        builder.AddCheck<T>(name, failureStatus, [DependencyTag], CheckTimeout);

    /// <summary>
    /// <c>/healthz</c>: 200 when every dependency is up or only degraded, 503 otherwise. The body names the overall status and, under
    /// <c>checks</c>, each dependency's status, description, duration and facts (scheduler state, key count…).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthFeature(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsJsonAsync(new
                {
                    status = StatusName(report.Status),
                    durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
                    checks = report.Entries.ToDictionary(
                        entry => entry.Key,
                        entry => new
                        {
                            status = StatusName(entry.Value.Status),
                            description = entry.Value.Description,
                            durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                            data = entry.Value.Data.ToDictionary(d => d.Key, d => Convert.ToString(d.Value, CultureInfo.InvariantCulture)),
                        }),
                });
            },
        });
        return app;
    }

    private static string StatusName(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
