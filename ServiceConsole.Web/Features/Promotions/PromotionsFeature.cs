namespace ServiceConsole.Web.Features.Promotions;

/// <summary>
/// Promotion (PRM-01…05): applications, the direct supervisor's first review with its Quartz reminder, the committee,
/// the publicity with written objections, HR's approval and the Quartz job that changes the agent's level on the
/// effective day; <c>/promotions</c>, the agent's own page, the publicity card and the HR pipeline card.
/// </summary>
public static class PromotionsFeature
{
    public static IServiceCollection AddPromotionsFeature(this IServiceCollection services)
    {
        services.AddSingleton<PromotionScheduler>();
        services.AddSingleton<PromotionWorkflow>();
        services.AddSingleton<IPromotionWorkflow>(sp => sp.GetRequiredService<PromotionWorkflow>());
        services.AddTransient<PromotionReminderJob>();
        services.AddTransient<PromotionEffectiveJob>();
        services.AddHostedService<PromotionJobSync>();
        return services;
    }

    /// <summary><c>/api/v1/promotions/…</c>.</summary>
    public static RouteGroupBuilder MapPromotionsFeature(this RouteGroupBuilder api) => api.MapPromotionEndpoints();
}
