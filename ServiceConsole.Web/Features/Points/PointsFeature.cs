namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// SVC-10…12 with CMP-11/12: the points ledger of agents and couriers, the norm violations, the attitude-complaint rule
/// that sends an agent to training, the month's excellent agent, the <c>/points</c> page, the agent's points card and
/// the excellent-agent banner on every agent's workspace.
/// </summary>
public static class PointsFeature
{
    public static IServiceCollection AddPointsFeature(this IServiceCollection services)
    {
        services.AddSingleton<PointsLedger>();
        services.AddSingleton<IPointsLedger>(sp => sp.GetRequiredService<PointsLedger>());
        services.AddSingleton<IPenaltyPoints, LedgerPenaltyPoints>();
        services.AddSingleton<AttitudeComplaints>();
        services.AddSingleton<IExcellentAgentRecognition, ExcellentAgentRecognition>();
        return services;
    }

    /// <summary><c>/api/v1/points</c> and <c>/api/v1/recognition</c>.</summary>
    public static RouteGroupBuilder MapPointsFeature(this RouteGroupBuilder api) => api.MapPointsEndpoints();
}
