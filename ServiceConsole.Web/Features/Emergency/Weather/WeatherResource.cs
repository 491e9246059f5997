using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// EMG-01: natural-disaster mode as agents work it: the phase, the hub where parcels wait, the script of the phase
/// (null in the response phase until the hub is named), the 2–3 day estimate, the requests of this emergency and,
/// from the recovery phase on, the callbacks owed to every affected customer.
/// </summary>
public sealed record WeatherResource(
    bool Active,
    string? Phase,
    bool Drill,
    DateTimeOffset? Since,
    string? Hub,
    string? Script,
    int EstimateMinDays,
    int EstimateMaxDays,
    int OpenRequests,
    int DoneRequests,
    DateTimeOffset? RecoveryStartedAt,
    RecoveryProgressResource Recovery);
