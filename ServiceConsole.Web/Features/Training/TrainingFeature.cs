namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// Training (TRN-01, TRN-02, TRN-05…07, SVC-11): the trainings the rules require, with the duty holds and the
/// suspensions they cause.
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
        return services;
    }
}
