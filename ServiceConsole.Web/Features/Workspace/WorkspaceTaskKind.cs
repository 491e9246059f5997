namespace ServiceConsole.Web.Features.Workspace;

/// <summary>What an agent's task asks of them: a callback of one of the four kinds, or verifying a complaint (CMP-04).</summary>
public enum WorkspaceTaskKind
{
    PromiseCallback,
    ComplaintCallback,
    Recallback,
    RecoveryCallback,
    Verification,
}
