using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>A callback task in the contract's shape (<c>GET /api/v1/callbacks</c>, <c>taskAssigned</c>).</summary>
public sealed record CallbackResource(
    Guid Id,
    [WireEnum<CallbackKind>] string Kind,
    Guid? ComplaintId,
    Guid? ContactId,
    string? AgentCode,
    DateTimeOffset DueAt,
    DateTimeOffset? DoneAt,
    bool Breached,
    DateTimeOffset? BreachedAt = null,
    string? RuleId = null,
    bool Drill = false);
