namespace ServiceConsole.Web.Features.Workspace;

/// <summary>One item of the agent's task list: what, about whom, and by when.</summary>
/// <param name="Subject">The customer's name and the waybill or phone, for the agent to recognise the case.</param>
public sealed record WorkspaceTask(
    Guid Id,
    WorkspaceTaskKind Kind,
    string Subject,
    DateTimeOffset DueAt,
    bool Breached,
    Guid? ContactId,
    Guid? ComplaintId,
    bool IsDrill);
