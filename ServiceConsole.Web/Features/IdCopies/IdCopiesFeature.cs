namespace ServiceConsole.Web.Features.IdCopies;

/// <summary>
/// INF-04: ID-card number copies on contacts and complaints expire after <c>Policy:Information:IdCopyValidDays</c> (7);
/// an hourly sweep destroys the protected value of every expired copy and keeps its expiry as the trace. Reads hide an
/// expired copy at once, so the sweep's interval only bounds how long the ciphertext outlives its expiry.
/// </summary>
public static class IdCopiesFeature
{
    public static IServiceCollection AddIdCopiesFeature(this IServiceCollection services)
    {
        services.AddSingleton<IdCopyExpiry>();
        services.AddTransient<IdCopyExpiryJob>();
        services.AddHostedService<IdCopyExpirySchedule>();
        return services;
    }
}
