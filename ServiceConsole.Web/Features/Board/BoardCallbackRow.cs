using ServiceConsole.Domain.Callbacks;

namespace ServiceConsole.Web.Features.Board;

/// <summary>A call owed to a customer (SVC-05 promise, CMP-09/10 follow-up, EMG recovery) with its deadline.</summary>
public sealed record BoardCallbackRow(
    Guid Id,
    CallbackKind Kind,
    string RuleId,
    string? AgentCode,
    Guid? ComplaintId,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    bool Breached,
    bool Drill);
