using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// The monthly and annual assessment (TRN-03…06, TRN-08): the job on the last working day (GEN-01), the supervisor's
/// sheet, the agent's own page and <c>/api/v1/assessments</c>.
/// </summary>
public static class AssessmentFeature
{
    public static IServiceCollection AddAssessmentFeature(this IServiceCollection services)
    {
        services.AddOptions<AssessmentOptions>().BindConfiguration(AssessmentOptions.SectionName)
            .Validate(o => AssessmentOptions.TryParseTime(o.RunAt, out _), $"{AssessmentOptions.SectionName}:RunAt is a time of day, HH:mm (e.g. 20:00).")
            .Validate(o => o.TrendMonths is >= 2 and <= 36, $"{AssessmentOptions.SectionName}:TrendMonths lies between 2 and 36.")
            .ValidateOnStart();

        // GEN-01: a configured list of rest days replaces the default instead of being appended to it.
        services.AddOptions<PolicyOptions>().PostConfigure<IConfiguration>((options, configuration) =>
        {
            var restDays = configuration.GetSection($"{PolicyOptions.SectionName}:General:{nameof(GeneralOptions.RestDays)}");
            if (restDays.Exists() && restDays.Get<DayOfWeek[]>() is { } configured)
            {
                options.General.RestDays = configured;
            }
        });

        // The domain's rules, pure and built once from the bound policy.
        services.AddSingleton(sp => new WorkingCalendar(sp.GetRequiredService<PolicyOptions>()));
        services.AddSingleton<ConsequenceRules>();
        services.AddSingleton<AnnualAssessmentPolicy>();

        services.AddSingleton<AssessmentClock>();
        services.AddSingleton<KpiReader>();
        services.AddSingleton<MonthlyAssessments>();
        services.AddSingleton<IMonthlyAssessments>(sp => sp.GetRequiredService<MonthlyAssessments>());
        services.AddSingleton<IAssessmentTrends, AssessmentTrends>();
        services.AddSingleton<AssessmentScheduler>();
        services.AddTransient<MonthlyAssessmentJob>();
        services.AddHostedService<AssessmentSchedule>();
        return services;
    }

    /// <summary><c>/api/v1/assessments</c>.</summary>
    public static RouteGroupBuilder MapAssessmentFeature(this RouteGroupBuilder api) => api.MapAssessmentEndpoints();
}
