namespace ServiceConsole.Web.Features.Home;

/// <summary>The landing page: each role's own screen, and live centre numbers for the roles without one yet; and the console's icon.</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services)
    {
        services.AddSingleton<DashboardService>();
        return services;
    }

    /// <summary>
    /// The console's icon where browsers and tools look for it without reading a page (<c>/favicon.ico</c>); pages
    /// name the SVG under <c>/assets</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHomeFeature(this IEndpointRouteBuilder app)
    {
        var icon = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets", "favicon.ico");
        app.MapGet("/favicon.ico", () => TypedResults.PhysicalFile(icon, "image/x-icon"))
            .ExcludeFromDescription();
        return app;
    }
}
