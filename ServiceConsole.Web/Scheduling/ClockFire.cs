using ServiceConsole.Domain.Alerts;

namespace ServiceConsole.Web.Scheduling;

/// <summary>
/// One moment a clock job must run: the warning before a deadline or the deadline itself.
/// <paramref name="Clock"/> names the clock (verify, resolve, promise…); <paramref name="DueAt"/> is the
/// deadline the fire is about, so a fire for a deadline that has since moved can tell it is stale.
/// </summary>
public sealed record ClockFire(string Clock, ClockAlertKind Kind, DateTimeOffset FireAt, DateTimeOffset DueAt);
