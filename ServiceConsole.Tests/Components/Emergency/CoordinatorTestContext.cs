using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>
/// bUnit base for the coordinator screen and the global emergency bar: MudBlazor with loose JS interop, Chinese
/// resources, a fake clock on the centre's zone, a real change feed and the modes in a fake service over the domain.
/// </summary>
public abstract class CoordinatorTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>08:00 UTC, 16:00 in the centre (Asia/Shanghai).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    protected CoordinatorTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Coordinator = new FakeCoordinatorService(Feed, Time);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Options.Create(new BoardOptions()));
        Services.AddSingleton(Options.Create(new ServiceConsoleOptions { TimeZone = "Asia/Shanghai" }));
        Services.AddSingleton<CentreTimeZone>();
        Services.AddScoped<ViewerClock>();
        Services.AddSingleton(Feed);
        Services.AddSingleton<ICoordinatorService>(Coordinator);
    }

    protected FakeTimeProvider Time { get; } = new(Now);

    protected ChangeFeed Feed { get; } = new(NullLogger<ChangeFeed>.Instance);

    internal FakeCoordinatorService Coordinator { get; }

    /// <summary>The quiet interval after a refresh; a change inside it shows once the clock passes it.</summary>
    protected static TimeSpan Coalesce { get; } = TimeSpan.FromMilliseconds(new BoardOptions().CoalesceMilliseconds);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously, so xunit must dispose the context that way.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected void SignInAs(string userName, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(roles);
    }

    /// <summary>A switch made somewhere else (the API, another coordinator), a minute after the previous one.</summary>
    protected async Task<EmergencyModeResource> SwitchOnElsewhereAsync(EmergencyMode mode, string reason, string? phase = null, bool drill = false)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var result = await Coordinator.ActivateAsync(WireNames.ToWire(mode), new EmergencyActivateRequest(reason, phase, drill, null), new Actor("api-caller", null, false));
        return result.Value ?? throw new InvalidOperationException(result.Detail ?? "switch refused");
    }

    protected async Task<EmergencyModeResource> SwitchOffElsewhereAsync(EmergencyMode mode, string reason)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var result = await Coordinator.DeactivateAsync(WireNames.ToWire(mode), new EmergencyDeactivateRequest(reason), new Actor("api-caller", null, false));
        return result.Value ?? throw new InvalidOperationException(result.Detail ?? "switch refused");
    }

    protected static string[] CoordinatorRoles { get; } = [Roles.Coordinator];
}
