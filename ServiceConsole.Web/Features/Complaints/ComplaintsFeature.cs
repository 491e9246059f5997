namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Complaints (CMP-01…12): registration, the lifecycle and its durable clocks, the compensation quote,
/// the timeline, and the complaint page.
/// </summary>
public static class ComplaintsFeature
{
    public static IServiceCollection AddComplaintsFeature(this IServiceCollection services)
    {
        services.AddSingleton<ComplaintService>();
        services.AddSingleton<ComplaintLifecycleService>();
        services.AddSingleton<ComplaintClockService>();
        services.AddTransient<ComplaintClockJob>();
        services.AddSingleton<ComplaintQuoter>();

        // The complaint page's service: a singleton over the singletons above.
        services.AddSingleton<IComplaintDesk, ComplaintDesk>();
        services.AddSingleton<IComplaintWorkload, ComplaintWorkload>();
        services.AddHostedService<UnownedComplaintsAdoption>();
        return services;
    }

    /// <summary><c>/api/v1/complaints</c> with its lifecycle, and <c>/api/v1/compensation/quote</c>.</summary>
    public static RouteGroupBuilder MapComplaintsFeature(this RouteGroupBuilder api) =>
        api.MapComplaintEndpoints().MapCompensationEndpoints();
}
