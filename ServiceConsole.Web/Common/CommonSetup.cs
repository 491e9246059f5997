using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Common;

public static class CommonSetup
{
    /// <summary>What every capability's API and write path share: problem details, JSON, OpenAPI, the write gate and ingest clock.</summary>
    public static IServiceCollection AddServiceConsoleCommon(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Unreadable bodies reach BadRequestExceptionHandler, which names the offending field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddConsoleOpenApi();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()));

        services.AddSingleton<WriteGate>();
        services.AddOptions<WritePathOptions>().BindConfiguration(WritePathOptions.SectionName)
            .Validate(o => o.MaxBatch is >= 1 and <= 10_000, "ServiceConsole:Writes:MaxBatch must be between 1 and 10000.")
            .ValidateOnStart();
        services.AddSingleton<WritePath>();
        services.AddSingleton<IngestClock>();
        services.AddSingleton<CustomerDataRulesProvider>();
        services.AddSingleton<PersonalDataAccess>();
        services.AddSingleton<IStaffDirectory, StaffDirectory>();
        services.AddOptions<OutletOptions>().BindConfiguration(OutletOptions.SectionName);
        services.AddSingleton<OutletDirectory>();
        return services;
    }

    /// <summary>Serves wwwroot-assets/ (copied next to the binaries) under /assets.</summary>
    public static WebApplication UseConsoleAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var folder = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The console's assets are missing from {folder}; rebuild ServiceConsole.Web.");
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(folder),
            RequestPath = "/assets",
        });
        return app;
    }
}
