namespace ServiceConsole.Web.Features.HrDesk;

/// <summary>
/// The HR desk HR lands on (<see cref="HrDesk"/>, also at <c>/hr</c>): screens only, reading the capabilities that own
/// the data. Registered from <c>PersonnelFeature.AddPersonnelFeature</c>, whose cards it shows first.
/// </summary>
public static class HrDeskFeature
{
    public static IServiceCollection AddHrDeskFeature(this IServiceCollection services)
    {
        services.AddSingleton<HrDeskSummary>();
        return services;
    }
}
