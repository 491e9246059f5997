using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ServiceConsole.Web.Data;

/// <summary>Healthy when the configured database (SQLite file or PostgreSQL server) answers; the data names the provider.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<ConsoleDbContext> dbFactory, ConsoleDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = database.Provider.ToString() };
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("database reachable", data)
                : HealthCheckResult.Unhealthy("database unreachable", data: data);
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex, data);
        }
    }
}
