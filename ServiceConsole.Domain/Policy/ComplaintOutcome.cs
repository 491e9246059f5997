namespace ServiceConsole.Domain.Policy;

/// <summary>
/// One complaint as the KPIs see it: <paramref name="Reopened"/> is true when it was ever reopened
/// (a second follow-up, so not first-contact resolved); <paramref name="Satisfaction"/> is the
/// 1–5 rating from the callback, if any.
/// </summary>
public sealed record ComplaintOutcome(bool Closed, bool Reopened, int? Satisfaction);
