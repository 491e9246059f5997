namespace ServiceConsole.Web.Features.Drills;

/// <summary>EMG-05 drills: schedules on Quartz cron triggers, the runner, the end job and the report.</summary>
public static class DrillsFeature
{
    public static IServiceCollection AddDrillsFeature(this IServiceCollection services)
    {
        services.AddOptions<DrillOptions>().BindConfiguration(DrillOptions.SectionName)
            .Validate(o => o.DurationMinutes is >= 1 and <= 24 * 60, "ServiceConsole:Drills:DurationMinutes lies between 1 and 1440.")
            .Validate(o => o.Contacts is >= 0 and <= 100, "ServiceConsole:Drills:Contacts lies between 0 and 100.")
            .Validate(o => o.HistoryLimit is >= 1 and <= 1000, "ServiceConsole:Drills:HistoryLimit lies between 1 and 1000.")
            .ValidateOnStart();

        services.AddSingleton<DrillCronPreview>();
        services.AddSingleton<DrillJobScheduler>();
        services.AddSingleton<DrillFactsCollector>();
        services.AddSingleton<DrillRecordMaker>();
        services.AddSingleton<DrillRunner>();
        services.AddSingleton<IDrillScheduleService, DrillScheduleService>();
        services.AddTransient<DrillStartJob>();
        services.AddTransient<DrillEndJob>();

        // After the database is migrated (before the host starts): the default schedule and its trigger.
        services.AddHostedService<DrillScheduleSync>();
        return services;
    }
}
