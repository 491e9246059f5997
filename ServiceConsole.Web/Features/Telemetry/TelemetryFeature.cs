using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Features.Telemetry;

/// <summary>
/// OpenTelemetry for the console: the framework's metrics (ASP.NET Core, Kestrel, SignalR connections, Blazor circuits,
/// EF Core, the runtime) and the console's own (<see cref="ConsoleMetrics"/>), scraped at <see cref="MetricsPath"/> and,
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, pushed over OTLP together with traces (ASP.NET Core, SignalR, EF Core)
/// and logs. Every log line written inside a request or a traced job carries its trace and span id.
/// Names, units, tags and settings: <c>docs/operations.md</c>.
/// </summary>
public static class TelemetryFeature
{
    /// <summary>The Prometheus scraping endpoint.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Who may read <see cref="MetricsPath"/>: a scraper on the same machine, or the API key.</summary>
    public const string ReadMetricsPolicy = "ReadMetrics";

    /// <summary>The standard OpenTelemetry variable; only when it is set is anything pushed over OTLP.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name on every signal unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "ServiceConsole";

    /// <summary>Framework meters beyond those <c>AddAspNetCoreInstrumentation</c> enables (hosting, Kestrel, SignalR connections, routing, diagnostics, rate limiting).</summary>
    internal static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Lifecycle",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "Microsoft.AspNetCore.Identity",
        "Microsoft.EntityFrameworkCore",
    ];

    /// <summary>The framework's activity sources traced besides ASP.NET Core's requests and EF Core's commands.</summary>
    internal static readonly string[] FrameworkSources =
    [
        "Microsoft.AspNetCore.SignalR.Server",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Server.Circuits",
    ];

    public static WebApplicationBuilder AddTelemetryFeature(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Structured logs: the trace and span of the current activity ride on every line as a scope (ASP.NET Core's
        // default too, stated here because the operations guide promises it). The developer console stays the plain
        // "simple" formatter; Logging:Console:FormatterName=json switches to one JSON object a line, with the scopes
        // (and so TraceId/SpanId) always included.
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat ??= "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });

        services.AddSingleton<QueueLengths>();
        services.AddSingleton<ConsoleMetrics>();
        services.AddSingleton<ClockLatenessListener>();
        services.AddHostedService<BreachMeter>();
        services.AddHostedService<WriteMetrics>();
        services.AddScoped<CircuitHandler, CircuitMetricsHandler>();

        services.AddAuthorizationBuilder().AddPolicy(ReadMetricsPolicy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAssertion(context => IsLocalScraper(context.Resource as HttpContext) || context.User.IsInRole(Roles.Integration)));

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : ServiceName,
                serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddMeter(ConsoleMetrics.MeterName)
                .AddMeter(FrameworkMeters)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (otlp)
        {
            // Traces cost something per request, so they are collected only when somebody receives them.
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsTelemetryRequest(context.Request.Path))
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddSource(FrameworkSources))
                .UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Maps <see cref="MetricsPath"/> (Prometheus text format) under <see cref="ReadMetricsPolicy"/>.</summary>
    public static IEndpointRouteBuilder MapTelemetryFeature(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath)
            .RequireAuthorization(ReadMetricsPolicy)
            .DisableHttpMetrics();
        return app;
    }

    /// <summary>
    /// A scraper on this machine (Prometheus agent, node collector) reads without a key. A request that came through a
    /// reverse proxy (it carries <c>X-Forwarded-For</c> or <c>Forwarded</c>) arrives from loopback too, but is somebody
    /// else's: it needs the API key like any remote caller.
    /// </summary>
    internal static bool IsLocalScraper(HttpContext? context) =>
        context is not null
        && context.Connection.RemoteIpAddress is { } address
        && IPAddress.IsLoopback(address)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("Forwarded");

    private static bool IsTelemetryRequest(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
}
