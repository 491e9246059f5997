namespace ServiceConsole.Web.Features.Supplies;

/// <summary>EMG-06: the supplies directory (technical team, outlet heads) and the paper form, printable.</summary>
public static class SuppliesFeature
{
    /// <summary>The directory and, with the demo on, its demo contacts.</summary>
    public static IServiceCollection AddSuppliesFeature(this IServiceCollection services)
    {
        services.AddSingleton<ISuppliesService, SuppliesService>();
        services.AddHostedService<SuppliesDemoSeed>();
        return services;
    }
}
