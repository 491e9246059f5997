namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>
/// An emergency announcement pushed to every screen as <c>emergencyNotice</c> (an addition to the hub).
/// <paramref name="Kind"/> says what happened (<c>outage-reported</c>, <c>outage-acknowledged</c>, <c>outage-waiting</c>,
/// <c>outage-restored</c>, <c>weather-warning</c>, <c>weather-response</c>, <c>weather-recovery</c>, <c>weather-request</c>);
/// <paramref name="Text"/> is what agents say or read out (the script, the "system restored" notice), null for bookkeeping steps.
/// It never carries a customer's data, since every connection receives it.
/// </summary>
public sealed record EmergencyNoticeResource(string Mode, string Kind, string? Text, string RuleId, DateTimeOffset At, bool Drill, Guid? SubjectId);
