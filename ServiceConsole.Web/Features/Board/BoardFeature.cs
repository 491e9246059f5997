using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Board;

/// <summary>The supervisor board: every agent's queue and timers, waiting contacts, complaints by urgency, alerts and owed callbacks.</summary>
public static class BoardFeature
{
    public static IServiceCollection AddBoardFeature(this IServiceCollection services)
    {
        services.AddOptions<BoardOptions>().BindConfiguration(BoardOptions.SectionName)
            .Validate(o => o.AmberRatio is > 0 and < 1, "ServiceConsole:Board:AmberRatio lies strictly between 0 and 1.")
            .Validate(o => o.CoalesceMilliseconds is >= 50 and <= 5000, "ServiceConsole:Board:CoalesceMilliseconds lies between 50 and 5000.")
            .Validate(o => o.QuietRefreshSeconds >= 0, "ServiceConsole:Board:QuietRefreshSeconds is 0 (off) or more.")
            .ValidateOnStart();

        // One snapshot for all open boards, so the live state is a singleton; the viewer's zone is per circuit.
        services.AddSingleton<IBoardSnapshotSource, BoardSnapshotBuilder>();
        services.AddSingleton<LiveBoardState>();
        services.AddSingleton<ISupervisorActions, SupervisorActions>();
        services.AddScoped<ViewerClock>();
        return services;
    }
}
