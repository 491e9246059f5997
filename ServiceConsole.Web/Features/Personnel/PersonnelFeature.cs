using ServiceConsole.Domain.Personnel;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Features.HrDesk;

namespace ServiceConsole.Web.Features.Personnel;

/// <summary>
/// Probation and records (GEN-06, GEN-07): the employment records, the rewards and penalties and their approval, the
/// personnel page, the HR desk (<c>Features/HrDesk</c>) and <c>/api/v1/personnel</c>. Approved penalties feed the
/// monthly assessment's rule compliance through <see cref="IDisciplineDeductions"/>; the promotion review reads
/// <see cref="IPersonnelFile"/>.
/// </summary>
public static class PersonnelFeature
{
    public static IServiceCollection AddPersonnelFeature(this IServiceCollection services)
    {
        // GEN-07: a configured list of causes replaces the policy's default list instead of being appended to it.
        services.AddOptions<PolicyOptions>().PostConfigure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection($"{PolicyOptions.SectionName}:{nameof(PolicyOptions.General)}:{nameof(GeneralOptions.Discipline)}");
            var d = options.General.Discipline;
            d.CommendationCauses = Replace(section, nameof(d.CommendationCauses)) ?? d.CommendationCauses;
            d.MeritCauses = Replace(section, nameof(d.MeritCauses)) ?? d.MeritCauses;
            d.MajorMeritCauses = Replace(section, nameof(d.MajorMeritCauses)) ?? d.MajorMeritCauses;
            d.WarningCauses = Replace(section, nameof(d.WarningCauses)) ?? d.WarningCauses;
            d.DemeritCauses = Replace(section, nameof(d.DemeritCauses)) ?? d.DemeritCauses;
            d.MajorDemeritCauses = Replace(section, nameof(d.MajorDemeritCauses)) ?? d.MajorDemeritCauses;
            d.DismissalCauses = Replace(section, nameof(d.DismissalCauses)) ?? d.DismissalCauses;
        });

        services.AddSingleton(sp => new ProbationRules(sp.GetRequiredService<PolicyOptions>()));
        services.AddSingleton(sp => new DisciplineCatalogue(sp.GetRequiredService<PolicyOptions>()));
        services.AddSingleton<PersonnelRecords>();
        services.AddSingleton<IPersonnelFile>(sp => sp.GetRequiredService<PersonnelRecords>());
        services.AddSingleton<IDisciplineDeductions>(sp => sp.GetRequiredService<PersonnelRecords>());
        services.AddHrDeskFeature();
        services.AddHostedService<PersonnelDemoSeed>();
        return services;
    }

    /// <summary><c>/api/v1/personnel</c>, <c>/api/v1/agents/{code}/personnel-file</c> and <c>/employment</c>.</summary>
    public static RouteGroupBuilder MapPersonnelFeature(this RouteGroupBuilder api) => api.MapPersonnelEndpoints();

    private static string[]? Replace(IConfigurationSection section, string key)
    {
        var list = section.GetSection(key);
        return list.Exists() ? list.Get<string[]>() ?? [] : null;
    }
}
