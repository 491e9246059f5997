using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Scripts;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>The agent workspace: own queue and tasks, the scripts and checklists, complaint registration with its preview.</summary>
public static class WorkspaceFeature
{
    public static IServiceCollection AddWorkspaceFeature(this IServiceCollection services)
    {
        // Scripts and checklists are pure and fixed once the options are bound.
        services.AddOptions<ScriptOptions>().BindConfiguration(ScriptOptions.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScriptOptions>>().Value);
        services.AddSingleton<ServiceScripts>();
        services.AddSingleton<ParcelChecklists>();
        services.AddSingleton<ComplaintPreviewer>();

        // A singleton over IDbContextFactory, like the API's services.
        services.AddSingleton<IAgentWorkspaceService, AgentWorkspaceService>();
        return services;
    }
}
