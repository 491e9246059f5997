using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace ServiceConsole.Web.Components;

public static class ScreensSetup
{
    /// <summary>Blazor Server with MudBlazor, Chinese by default and English on request.</summary>
    public static IServiceCollection AddServiceConsoleScreens(this IServiceCollection services)
    {
        // Each feature keeps its strings beside its code: Features/Board/BoardResource.resx belongs to BoardResource.
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            string[] cultures = ["zh-CN", "en"];
            options.SetDefaultCulture("zh-CN").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // Chinese text goes out as characters, not as &#x...; entities: a third of the bytes and readable source.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        // The screen kit: each circuit's clock in its viewer's zone, the viewer cascaded, results in the viewer's words.
        services.AddScoped<ViewerTime>();
        services.AddCascadingViewer();
        services.AddHttpContextAccessor();
        services.AddScoped<ViewerAddress>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ViewerAddress.Handler>();
        services.AddSingleton<ResultMessages>();
        return services;
    }
}
