using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Tests.Components.Emergency;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Workspace;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components.Workspace;

/// <summary>
/// A bUnit context for the workspace: MudBlazor with loose JS interop, the real domain rules and change
/// feed, a fake clock, Chinese resources, and a fake in place of the workspace's services.
/// </summary>
public abstract class WorkspaceComponentTestBase : BunitContext, IAsyncLifetime
{
    internal FakeWorkspaceService Workspace { get; } = new();

    internal FakeEmergencyScriptSource EmergencyScripts { get; } = new();

    protected FakeTimeProvider Time { get; } = new(WorkspaceFixtures.Now);

    protected ChangeFeed Feed { get; } = new(NullLogger<ChangeFeed>.Instance);

    protected PolicyOptions Policy { get; } = new();

    protected WorkspaceComponentTestBase()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton(Policy);
        Services.AddSingleton(Options.Create(Policy));
        Services.AddSingleton(Options.Create(new ServiceConsoleOptions()));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Feed);
        Services.AddSingleton<ComplaintClassifier>();
        Services.AddSingleton<ComplaintDeadlines>();
        Services.AddSingleton<CompensationCalculator>();
        Services.AddSingleton<ComplaintPreviewer>();
        Services.AddSingleton<ServiceScripts>();
        Services.AddSingleton(new ParcelChecklists(new ScriptOptions()));
        Services.AddSingleton<ServiceConsole.Web.Configuration.CentreTimeZone>();
        Services.AddSingleton<WorkspaceClock>();
        Services.AddSingleton<IAgentWorkspaceService>(Workspace);
        Services.AddSingleton<ServiceConsole.Web.Features.Emergency.IEmergencyScriptSource>(EmergencyScripts);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously, so xunit must dispose the context that way before its Dispose.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected void SignInAsAgent(string agentCode = "A001")
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("agent");
        auth.SetRoles(Roles.Agent);
        auth.SetClaims(new Claim(ConsoleClaims.AgentCode, agentCode));
    }
}
