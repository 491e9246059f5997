namespace ServiceConsole.Web.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>The agent workspace's services (own queue, tasks, callbacks, complaint registration).</summary>
    public static IServiceCollection AddServiceConsoleWorkspace(this IServiceCollection services) => services;
}
