namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// Training (TRN-01, TRN-02, TRN-05…07, SVC-11): onboarding new agents, the monthly sessions with their Quartz
/// reminders, the trainings the rules require with the duty holds and suspensions they cause, and each agent's
/// training file; the trainer's home and <c>/training</c>.
/// </summary>
public static class TrainingFeature
{
    public static IServiceCollection AddTrainingFeature(this IServiceCollection services)
    {
        services.AddSingleton<TrainingSuspensionScheduler>();
        services.AddSingleton<TrainingAssignments>();
        services.AddSingleton<ITrainingAssignments>(sp => sp.GetRequiredService<TrainingAssignments>());
        services.AddTransient<TrainingSuspensionJob>();
        services.AddHostedService<TrainingSuspensionSync>();
        services.AddSingleton<OnboardingService>();
        services.AddSingleton<TrainingReminderScheduler>();
        services.AddSingleton<TrainingSessions>();
        services.AddTransient<TrainingReminderJob>();
        services.AddHostedService<TrainingReminderSync>();
        services.AddSingleton<ITrainingFile, TrainingFile>();
        services.AddSingleton<ITrainingDesk, TrainingDesk>();
        services.AddHostedService<TrainingDemoSeed>();
        return services;
    }

    /// <summary><c>/api/v1/training/…</c> and <c>/api/v1/agents/{code}/training-file</c>.</summary>
    public static RouteGroupBuilder MapTrainingFeature(this RouteGroupBuilder api) => api.MapTrainingEndpoints();
}
