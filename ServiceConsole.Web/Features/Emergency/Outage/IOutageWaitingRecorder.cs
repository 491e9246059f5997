using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>What the outage's waiting-customer form changes: one line recorded as the signed-in agent (EMG-02/06).</summary>
public interface IOutageWaitingRecorder
{
    /// <summary>
    /// Records a waiting customer. Without <see cref="OutageWaitingRequest.RecordedBy"/> the actor's agent code is the
    /// recorder; a paper form's line names the agent written on it.
    /// </summary>
    Task<OperationResult<OutageWaitingResource>> RecordWaitingAsync(
        OutageWaitingRequest request, Actor actor, CancellationToken cancellationToken = default);
}
