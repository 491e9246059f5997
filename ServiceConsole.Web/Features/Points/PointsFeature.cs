namespace ServiceConsole.Web.Features.Points;

/// <summary>SVC-10…12: the points an agent or courier loses and earns, and the month's excellent agent.</summary>
public static class PointsFeature
{
    public static IServiceCollection AddPointsFeature(this IServiceCollection services)
    {
        services.AddSingleton<IPenaltyPoints, AccountabilityPenaltyPoints>();
        return services;
    }
}
