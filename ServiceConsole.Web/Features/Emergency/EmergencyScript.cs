namespace ServiceConsole.Web.Features.Emergency;

/// <summary>
/// One emergency sentence agents say now. <paramref name="Kind"/> is a notice kind (<c>weather-warning</c>,
/// <c>weather-response</c>, <c>weather-recovery</c>, <c>outage-reported</c>, <c>outage-restored</c>);
/// <paramref name="Text"/> is null in the response phase while no hub is named.
/// <paramref name="Until"/> is the outage's repair estimate or the end of the restored notice's hour.
/// </summary>
public sealed record EmergencyScript(string Kind, string RuleId, string? Text, bool Drill, DateTimeOffset? Until);
