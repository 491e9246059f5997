namespace ServiceConsole.Web.Api.Contracts;

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
