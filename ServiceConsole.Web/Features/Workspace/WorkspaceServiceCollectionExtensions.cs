using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Features.Callbacks;

namespace ServiceConsole.Web.Features.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>The agent workspace's services (own queue, tasks, callbacks, complaint registration, scripts).</summary>
    public static IServiceCollection AddServiceConsoleWorkspace(this IServiceCollection services)
    {
        // Scripts and checklists are pure and fixed once the options are bound.
        services.AddOptions<ScriptOptions>().BindConfiguration(ScriptOptions.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScriptOptions>>().Value);
        services.AddSingleton<ServiceScripts>();
        services.AddSingleton<ParcelChecklists>();
        services.AddSingleton<ComplaintPreviewer>();
        services.AddSingleton<WorkspaceClock>();

        // Singletons over IDbContextFactory, like the API's services.
        services.AddSingleton<CallbackService>();
        services.AddSingleton<IAgentWorkspaceService, AgentWorkspaceService>();
        return services;
    }
}
