namespace ServiceConsole.Web.Features.Complaints;

public sealed record NegotiationRoundResource(
    int Number,
    string Kind,
    decimal Amount,
    string? Note,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    string Outcome,
    DateTimeOffset? AnsweredAt,
    string? AnswerNote);
