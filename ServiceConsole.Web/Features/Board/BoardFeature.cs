namespace ServiceConsole.Web.Features.Board;

/// <summary>The supervisor board: every agent's queue and timers, waiting contacts, complaints by urgency, alerts and owed callbacks.</summary>
public static class BoardFeature
{
    public static IServiceCollection AddBoardFeature(this IServiceCollection services)
    {
        services.AddOptions<BoardOptions>().BindConfiguration(BoardOptions.SectionName)
            .Validate(o => o.QuietRefreshSeconds >= 0, "ServiceConsole:Board:QuietRefreshSeconds is 0 (off) or more.")
            .ValidateOnStart();

        // One snapshot for all open boards, so the live state is a singleton.
        services.AddSingleton<IBoardSnapshotSource, BoardSnapshotBuilder>();
        services.AddSingleton<LiveBoardState>();
        services.AddSingleton<ISupervisorActions, SupervisorActions>();
        services.AddSingleton<IBoardSearch, BoardSearch>();
        return services;
    }
}
