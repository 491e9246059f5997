using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Routing;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Demo;
using ServiceConsole.Web.Features.Account;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Assessment;
using ServiceConsole.Web.Features.Attendance;
using ServiceConsole.Web.Features.Audit;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Customers;
using ServiceConsole.Web.Features.Drills;
using ServiceConsole.Web.Features.Emergency;
using ServiceConsole.Web.Features.Health;
using ServiceConsole.Web.Features.Home;
using ServiceConsole.Web.Features.IdCopies;
using ServiceConsole.Web.Features.Personnel;
using ServiceConsole.Web.Features.Points;
using ServiceConsole.Web.Features.Promotions;
using ServiceConsole.Web.Features.Retention;
using ServiceConsole.Web.Features.Security;
using ServiceConsole.Web.Features.Supplies;
using ServiceConsole.Web.Features.Telemetry;
using ServiceConsole.Web.Features.Training;
using ServiceConsole.Web.Features.Users;
using ServiceConsole.Web.Features.Workspace;
using ServiceConsole.Web.Live;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Configuration;

/// <summary>
/// The console's composition root: the options, the shared plumbing and one line per capability
/// (<c>Features/&lt;Capability&gt;/&lt;Capability&gt;Feature.cs</c>). A new capability adds its Add… and Map… here.
/// </summary>
public static class ServiceConsoleSetup
{
    /// <summary>Registers everything the console needs; false when the configuration must not run (reason already printed).</summary>
    public static bool AddServiceConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
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

        // Options and the policy engine.
        services.AddServiceConsoleOptions();
        services.AddServiceConsoleDomain();

        // Shared plumbing.
        services.AddServiceConsoleData(builder.Configuration);
        services.AddServiceConsoleDataProtection(builder.Configuration);
        services.AddServiceConsoleScheduling(builder.Configuration);
        services.AddServiceConsoleAuth();
        services.AddServiceConsoleCommon();
        services.AddServiceConsoleRateLimits();
        services.AddServiceConsoleLive(builder.Configuration);
        services.AddServiceConsoleScreens();
        builder.AddTelemetryFeature();

        // Capabilities.
        services.AddAuditFeature();
        services.AddCustomersFeature();
        services.AddSecurityFeature();
        services.AddAccountFeature();
        services.AddContactsFeature();
        services.AddComplaintsFeature();
        services.AddIdCopiesFeature();
        services.AddCallbacksFeature();
        services.AddAlertsFeature();
        services.AddBoardFeature();
        services.AddWorkspaceFeature();
        services.AddEmergencyFeature();
        services.AddDrillsFeature();
        services.AddSuppliesFeature();
        services.AddRetentionFeature();
        services.AddPointsFeature();
        services.AddAssessmentFeature();
        services.AddTrainingFeature();
        services.AddPersonnelFeature();
        services.AddAttendanceFeature();
        services.AddPromotionsFeature();
        services.AddUsersFeature();
        services.AddHomeFeature();
        services.AddHealthFeature();
        services.AddServiceConsoleDemo(consoleOptions.Demo);
        return true;
    }

    /// <summary>Prepares the database (migrations create the scheduler's tables too), then the pipeline and every route.</summary>
    public static async Task UseServiceConsoleAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.PrepareDatabaseAsync();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseLiveOriginGuard();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UsePasswordChangeGate();
        app.UseCookieAntiforgery();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.UseConsoleAssets();
        app.MapOpenApi("/openapi/{documentName}.json");

        app.MapHomeFeature();
        app.MapHealthFeature();
        app.MapAccountFeature();
        app.MapGroup("/api/v1")
            .RequireRateLimiting(RateLimits.Ingest)
            .AddEndpointFilter<PersonalDataFilter>()
            .MapContactsFeature()
            .MapComplaintsFeature()
            .MapCallbacksFeature()
            .MapAlertsFeature()
            .MapAuditFeature()
            .MapCustomersFeature()
            .MapEmergencyFeature()
            .MapRetentionFeature()
            .MapSecurityFeature()
            .MapTrainingFeature()
            .MapPromotionsFeature()
            .MapUsersFeature()
            .MapPointsFeature()
            .MapAssessmentFeature()
            .MapPersonnelFeature()
            .MapAttendanceFeature();
        app.MapServiceConsoleLive();
        app.MapTelemetryFeature();
        // The console's own Content-Security-Policy (SecurityHeaders) already says frame-ancestors 'none'; a second header
        // from Blazor would only be intersected with it.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
    }

    private static void AddServiceConsoleOptions(this IServiceCollection services)
    {
        // Policy numbers and console settings, validated before the first request.
        services.AddOptions<PolicyOptions>()
            .BindConfiguration(PolicyOptions.SectionName)
            .PostConfigure<IConfiguration>(ReplaceConfiguredArrays)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PolicyOptions>, PolicyOptionsValidation>();
        services.AddOptions<ServiceConsoleOptions>().BindConfiguration(ServiceConsoleOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceConsoleOptions>, ServiceConsoleOptionsValidation>();
        services.AddSingleton<CentreTimeZone>();

        // A test host registers its FakeTimeProvider before the console does.
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
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

    private static void AddServiceConsoleDomain(this IServiceCollection services)
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
        services.AddSingleton<LateEntryPolicy>();
    }
}
