namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// An addition to the complaint shape: who answers for it (CMP-11 courier, CMP-12 agent), the points
/// deducted and the fine. <c>inForce</c> is false once a re-verification withdrew it.
/// </summary>
public sealed record AccountabilityResource(
    string Party,
    string? Accountable,
    int Points,
    decimal FineYuan,
    string RuleId,
    bool InForce,
    string RecordedBy,
    DateTimeOffset RecordedAt);
