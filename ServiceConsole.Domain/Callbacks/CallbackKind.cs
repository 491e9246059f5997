namespace ServiceConsole.Domain.Callbacks;

/// <summary>Why a callback task exists: an agent's 1-hour promise (SVC-05), a complaint follow-up (CMP-09), a recallback after reopening (CMP-10) or an emergency recovery call (EMG-01, EMG-02).</summary>
public enum CallbackKind
{
    Promise,
    Complaint,
    Recallback,
    Recovery
}
