using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Demo;

public static class DemoSetup
{
    public static IServiceCollection AddServiceConsoleDemo(this IServiceCollection services, DemoOptions demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        services.AddScoped<DemoSeeder>();
        services.AddHostedService<StartupBanner>();
        if (demo.Enabled)
        {
            services.AddSingleton<DemoTraffic>();
            services.AddSingleton<DemoTimeClock>();
        }

        if (demo.Enabled && demo.TrafficPerMinute > 0)
        {
            services.AddHostedService<DemoTrafficSimulator>();
        }

        return services;
    }
}
