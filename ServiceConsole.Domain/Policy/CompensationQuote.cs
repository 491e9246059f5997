using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>What the company offers, in yuan, and the rule that decided it.</summary>
public sealed record CompensationQuote(CompensationKind Kind, decimal Amount, string RuleId);
