using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Tests.Components.Emergency;
using ServiceConsole.Tests.Components.Points;
using ServiceConsole.Web.Features.Emergency;
using ServiceConsole.Web.Features.Points;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Components.Workspace;

/// <summary>
/// A bUnit context for the workspace: the real domain rules, and a fake in place of the workspace's services, on the
/// shared console set-up with its clock at 10:00 in the centre.
/// </summary>
public abstract class WorkspaceComponentTestBase : ConsoleComponentTest
{
    protected WorkspaceComponentTestBase()
        : base(WorkspaceFixtures.Now)
    {
        Services.AddSingleton<ComplaintClassifier>();
        Services.AddSingleton<ComplaintDeadlines>();
        Services.AddSingleton<CompensationCalculator>();
        Services.AddSingleton<ComplaintPreviewer>();
        Services.AddSingleton<ServiceScripts>();
        Services.AddSingleton(new ParcelChecklists(new ScriptOptions()));
        Services.AddSingleton<IAgentWorkspaceService>(Workspace);
        Services.AddSingleton<IEmergencyScriptSource>(EmergencyScripts);
        Services.AddSingleton<IExcellentAgentRecognition>(Recognition);
    }

    internal FakeWorkspaceService Workspace { get; } = new();

    internal FakeEmergencyScriptSource EmergencyScripts { get; } = new();

    /// <summary>SVC-12: the excellent agent the workspace's banner publishes; none unless a test sets one.</summary>
    internal FakeRecognition Recognition { get; } = new();
}
