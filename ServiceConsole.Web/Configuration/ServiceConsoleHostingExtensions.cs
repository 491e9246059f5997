using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Routing;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Demo;
using ServiceConsole.Web.Features.Account;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Drills;
using ServiceConsole.Web.Features.Emergency;
using ServiceConsole.Web.Features.Emergency.Mass;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Health;
using ServiceConsole.Web.Features.Home;
using ServiceConsole.Web.Features.Supplies;
using ServiceConsole.Web.Features.Workspace;
using ServiceConsole.Web.Live;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Configuration;

public static class ServiceConsoleHostingExtensions
{
    public const string DefaultConnectionString = "Data Source=App_Data/console.db";

    /// <summary>Registers everything the console needs; false when the configuration must not run (reason already printed).</summary>
    public static bool AddServiceConsole(this WebApplicationBuilder builder)
    {
        var consoleOptions = builder.Configuration.GetSection(ServiceConsoleOptions.SectionName).Get<ServiceConsoleOptions>() ?? new();
        if (ProductionGuard.RefusalReason(consoleOptions, builder.Environment.IsProduction()) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return false;
        }

        // Run from a build folder (tests, benchmarks, any environment), the framework's and MudBlazor's files are
        // found through the build's static-asset manifest; a published app has them in wwwroot and no manifest.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;

        // Options: policy numbers and console settings, validated before the first request.
        services.AddOptions<PolicyOptions>()
            .BindConfiguration(PolicyOptions.SectionName)
            .PostConfigure<IConfiguration>(ReplaceConfiguredArrays)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PolicyOptions>, PolicyOptionsValidation>();
        services.AddOptions<ServiceConsoleOptions>().BindConfiguration(ServiceConsoleOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceConsoleOptions>, ServiceConsoleOptionsValidation>();
        services.AddSingleton<CentreTimeZone>();
        services.TryAddTimeProvider();

        services.AddServiceConsoleDomain();
        services.AddServiceConsoleData(builder.Configuration);
        services.AddServiceConsoleScheduling(builder.Configuration);
        services.AddServiceConsoleAuth();
        services.AddServiceConsoleApi();
        services.AddServiceConsoleUi();
        services.AddServiceConsoleBoard();
        services.AddServiceConsoleWorkspace();
        services.AddServiceConsoleComplaints();
        services.AddServiceConsoleCoordinator();
        services.AddServiceConsoleDrills();
        services.AddServiceConsoleSupplies();
        services.AddServiceConsoleEmergencyFlows();
        services.AddServiceConsoleDemo(consoleOptions.Demo);
        services.AddHostedService<StartupBanner>();
        return true;
    }

    /// <summary>The binder appends configured array items to the defaults; a configured table replaces them instead.</summary>
    private static void ReplaceConfiguredArrays(PolicyOptions options, IConfiguration configuration)
    {
        var coupons = configuration.GetSection($"{PolicyOptions.SectionName}:Complaints:{nameof(ComplaintOptions.DelayCouponYuan)}");
        if (coupons.Exists() && coupons.Get<int[]>() is { Length: > 0 } table)
        {
            options.Complaints.DelayCouponYuan = table;
        }
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static IServiceCollection AddServiceConsoleDomain(this IServiceCollection services)
    {
        // The policies are pure and immutable once built from the bound options.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PolicyOptions>>().Value);
        services.AddSingleton<FirstResponsePolicy>();
        services.AddSingleton<CallbackPromisePolicy>();
        services.AddSingleton<ComplaintClassifier>();
        services.AddSingleton<ComplaintDeadlines>();
        services.AddSingleton<CompensationCalculator>();
        services.AddSingleton<PenaltyPolicy>();
        services.AddSingleton<ClockWarningPolicy>();
        services.AddSingleton<KpiCalculator>();
        services.AddSingleton<AssessmentPolicy>();
        services.AddSingleton<MassComplaintDetector>();
        services.AddSingleton<ContactRouter>();
        return services;
    }

    private static IServiceCollection AddServiceConsoleData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Console") ?? DefaultConnectionString;
        services.AddDbContextFactory<ConsoleDbContext>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqliteBusyTimeout.Interceptor()));
        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }

    private static IServiceCollection AddServiceConsoleAuth(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ConsoleAuthSchemes.Selector;
                options.DefaultChallengeScheme = ConsoleAuthSchemes.Selector;
            })
            .AddPolicyScheme(ConsoleAuthSchemes.Selector, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context => ApiKeyAuthenticationHandler.CarriesKey(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ConsoleAuthSchemes.ConfigureCookie);
        services.AddIdentityCore<ConsoleUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ConsoleDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ConsoleClaimsPrincipalFactory>();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static IServiceCollection AddServiceConsoleApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Unreadable bodies reach BadRequestExceptionHandler, which names the offending field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()));
        services.AddSignalR().AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()));
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService<HubForwarder>();

        // Services are singletons over IDbContextFactory: each call opens its own short-lived context.
        services.AddSingleton<WriteGate>();
        services.AddSingleton<IngestClock>();
        services.AddSingleton<CustomerDataRulesProvider>();
        services.AddSingleton<RoutingService>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ComplaintService>();
        services.AddSingleton<ComplaintLifecycleService>();
        services.AddSingleton<ClockScheduler>();
        services.AddSingleton<ClockAlertService>();
        services.AddSingleton<ComplaintClockService>();
        services.AddTransient<ComplaintClockJob>();
        services.AddSingleton<CallbackClockService>();
        services.AddTransient<CallbackClockJob>();
        services.AddSingleton<EmergencyService>();
        services.AddSingleton<MassIncidentService>();
        services.AddSingleton<IEmergencyModeHandler>(sp => sp.GetRequiredService<MassIncidentService>());
        services.AddTransient<MassIncidentClockJob>();
        services.AddSingleton<AgentService>();
        services.AddSingleton<DashboardService>();
        return services;
    }

    private static IServiceCollection AddServiceConsoleUi(this IServiceCollection services)
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
        return services;
    }

    /// <summary>Applies migrations (which also create the scheduler's tables) and the reference data before the host starts.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(CancellationToken.None);
    }

    /// <summary>Serves wwwroot-assets/ (copied next to the binaries) under /assets.</summary>
    private static void UseConsoleAssets(this WebApplication app)
    {
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
    }

    public static WebApplication UseServiceConsole(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.UseConsoleAssets();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapConsoleHealth();
        app.MapAccountEndpoints();
        var api = app.MapGroup("/api/v1");
        api.MapContactEndpoints()
            .MapComplaintEndpoints()
            .MapCompensationEndpoints()
            .MapEmergencyEndpoints()
            .MapMassIncidentEndpoints()
            .MapAgentEndpoints()
            .MapCallbackEndpoints()
            .MapEmergencyFlowEndpoints();
        app.MapHub<LiveHub>("/hubs/live");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
