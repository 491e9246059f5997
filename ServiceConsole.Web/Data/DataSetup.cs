using Microsoft.EntityFrameworkCore;

namespace ServiceConsole.Web.Data;

public static class DataSetup
{
    /// <summary>Name of the connection string; the Quartz job store shares it (decision 0002).</summary>
    public const string ConnectionStringName = "Console";

    /// <summary>Used when <c>ConnectionStrings:Console</c> is not configured.</summary>
    public const string DefaultConnectionString = "Data Source=App_Data/console.db";

    /// <summary>EF Core on the SQLite file: a context factory, so every operation opens its own short-lived context.</summary>
    public static IServiceCollection AddServiceConsoleData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        services.AddDbContextFactory<ConsoleDbContext>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqliteBusyTimeout.Interceptor(), IdNumberUnsealer.Instance));
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>Applies migrations (which also create the scheduler's tables) and the reference data before the host starts.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(CancellationToken.None);
    }
}
