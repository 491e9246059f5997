namespace ServiceConsole.Web.Features.Supplies;

public static class SuppliesServiceCollectionExtensions
{
    /// <summary>EMG-06: the supplies directory and, with the demo on, its demo contacts.</summary>
    public static IServiceCollection AddServiceConsoleSupplies(this IServiceCollection services)
    {
        services.AddSingleton<ISuppliesService, SuppliesService>();
        services.AddHostedService<SuppliesDemoSeed>();
        return services;
    }
}
