using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// One contact as the KPIs see it. <paramref name="Resolved"/> is known only once the contact is
/// closed; <paramref name="Satisfaction"/> is the customer's 1–5 rating, if any.
/// </summary>
public sealed record ContactOutcome(
    Channel Channel,
    DateTimeOffset ArrivedAt,
    DateTimeOffset? AnsweredAt,
    bool? Resolved,
    int? Satisfaction);
