using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// The complaint page's door to the complaint services. It adds one rule of the screen: the party at
/// fault is chosen, never defaulted, because penalties follow from it (CMP-11/12); the API may omit it.
/// </summary>
public sealed class ComplaintDesk(
    ComplaintService complaints,
    ComplaintLifecycleService lifecycle,
    ComplaintQuoter quoter,
    IComplaintWorkload workload) : IComplaintDesk
{
    public Task<ComplaintResource?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        complaints.GetAsync(id, actor, cancellationToken);

    public CompensationQuote? Quote(ComplaintResource complaint) => quoter.Quote(complaint);

    public Task<OperationResult<ComplaintResource>> VerifyAsync(
        Guid id, ComplaintVerifyRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.FaultParty))
        {
            // Name an empty findings field in the same answer, so the person fixes both at once.
            var errors = new ValidationErrors();
            errors.Add("faultParty", "faultParty is required on the console: courier, agent, customer or none.");
            if (string.IsNullOrWhiteSpace(request.Findings))
            {
                errors.Add("findings", "findings is required.");
            }

            return Task.FromResult(OperationResult<ComplaintResource>.Invalid(errors.ToDictionary()));
        }

        return lifecycle.VerifyAsync(id, request, actor, cancellationToken);
    }

    public Task<OperationResult<ComplaintResource>> ProposeAsync(
        Guid id, ComplaintProposeRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        lifecycle.ProposeAsync(id, request, actor, cancellationToken);

    public Task<OperationResult<ComplaintResource>> DeclineAsync(
        Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        lifecycle.DeclineAsync(id, request, actor, cancellationToken);

    public Task<OperationResult<ComplaintResource>> AcceptAsync(
        Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        lifecycle.AcceptAsync(id, request, actor, cancellationToken);

    public Task<OperationResult<ComplaintResource>> RecordEvidenceAsync(
        Guid id, ComplaintEvidenceRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        lifecycle.RecordEvidenceAsync(id, request, actor, cancellationToken);

    public Task<IReadOnlyList<OwnerLoad>> OwnersAsync(CancellationToken cancellationToken = default) => workload.LoadsAsync(cancellationToken);

    public Task<OperationResult<ComplaintResource>> AssignAsync(Guid id, string assignee, Actor actor, CancellationToken cancellationToken = default) =>
        complaints.AssignAsync(id, assignee, actor, cancellationToken);

    public Task<OperationResult<ComplaintResource>> CallbackAsync(
        Guid id, ComplaintCallbackRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        lifecycle.CallbackAsync(id, request, actor, cancellationToken);
}
