using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>Points and fine for the party at fault; <see cref="RuleId"/> is null when nobody is penalised.</summary>
public sealed record PenaltyDecision(FaultParty Party, int Points, decimal FineYuan, string? RuleId);
