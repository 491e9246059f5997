using Microsoft.EntityFrameworkCore;

namespace ServiceConsole.Web.Data;

public static class DataSetup
{
    /// <summary>Name of the connection string, for either provider; the Quartz job store shares it (decision 0002).</summary>
    public const string ConnectionStringName = "Console";

    /// <summary>Used when <c>ConnectionStrings:Console</c> is not configured (SQLite only: PostgreSQL has no default).</summary>
    public const string DefaultConnectionString = "Data Source=App_Data/console.db";

    /// <summary>
    /// EF Core on the configured provider (decision 0010): a context factory, so every operation opens its own short-lived
    /// context. The model is the same on both; only the PostgreSQL migrations have a context type of their own.
    /// </summary>
    public static IServiceCollection AddServiceConsoleData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = DatabaseProviders.From(configuration);
        var connectionString = ConnectionString(configuration, provider);
        services.AddSingleton(new ConsoleDatabase(provider, connectionString));
        services.AddDbContextFactory<ConsoleDbContext>(options => Configure(options, provider, connectionString));
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary><c>ConnectionStrings:Console</c>; on SQLite the default file when it is not set, on PostgreSQL a start-up error.</summary>
    public static string ConnectionString(IConfiguration configuration, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        return provider switch
        {
            DatabaseProvider.Postgres when string.IsNullOrWhiteSpace(configured) => throw new InvalidOperationException(
                $"{DatabaseProviders.ConfigurationKey}=Postgres needs ConnectionStrings:{ConnectionStringName} " +
                "(an Npgsql connection string, e.g. the one scripts/postgres.sh url <database> prints)."),
            DatabaseProvider.Postgres => configured!,
            _ => configured ?? DefaultConnectionString,
        };
    }

    /// <summary>The provider's options for the console's model, as the runtime uses them (also for the PostgreSQL migrations' context).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider switch
        {
            DatabaseProvider.Postgres => options
                .UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(IdNumberUnsealer.Instance),

            // SQLite's busy handler is a pragma of each connection; PostgreSQL waits on row locks by itself.
            _ => options
                .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(new SqliteBusyTimeout.Interceptor(), IdNumberUnsealer.Instance),
        };
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
