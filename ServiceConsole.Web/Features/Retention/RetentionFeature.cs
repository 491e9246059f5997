using Quartz;

namespace ServiceConsole.Web.Features.Retention;

/// <summary>INF-08: the nightly retention purge, its destruction records, their API and the admin's list.</summary>
public static class RetentionFeature
{
    public static IServiceCollection AddRetentionFeature(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName)
            .Validate(o => CronExpression.TryParse(o.Cron ?? "", out _), "ServiceConsole:Retention:Cron is not a valid Quartz cron expression.")
            .Validate(o => o.BatchSize is >= 1 and <= 100_000, "ServiceConsole:Retention:BatchSize lies between 1 and 100000.")
            .Validate(o => o.HistoryLimit is >= 1 and <= 10_000, "ServiceConsole:Retention:HistoryLimit lies between 1 and 10000.")
            .ValidateOnStart();
        services.AddSingleton<RetentionPurge>();
        services.AddTransient<RetentionPurgeJob>();
        services.AddHostedService<RetentionSchedule>();
        return services;
    }

    /// <summary><c>/api/v1/retention</c>.</summary>
    public static RouteGroupBuilder MapRetentionFeature(this RouteGroupBuilder api) => api.MapRetentionEndpoints();
}
