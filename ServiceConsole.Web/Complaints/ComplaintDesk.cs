using ServiceConsole.Domain;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Api.Contracts;
using ServiceConsole.Web.Services;

namespace ServiceConsole.Web.Complaints;

/// <summary>
/// The complaint page's door to the complaint services. It adds one rule of the screen: the party at
/// fault is chosen, never defaulted, because penalties follow from it (CMP-11/12); the API may omit it.
/// </summary>
public sealed class ComplaintDesk(
    ComplaintService complaints,
    ComplaintLifecycleService lifecycle,
    CompensationCalculator compensation) : IComplaintDesk
{
    public Task<ComplaintResource?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default) =>
        complaints.GetAsync(id, actor, cancellationToken);

    public CompensationQuote? Quote(ComplaintResource complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (!WireNames.TryParseComplaintCategory(complaint.Category, out var category)
            || category is not (ComplaintCategory.Delay or ComplaintCategory.Damage or ComplaintCategory.Loss)
            || (category == ComplaintCategory.Delay && complaint.DelayDays is not > 0))
        {
            return null;
        }

        try
        {
            // A complaint records no repair estimate, so damage is quoted as not repairable, like the registration preview.
            return compensation.Quote(new CompensationRequest(
                category, complaint.DelayDays, Repairable: false, RepairCost: null, complaint.ItemValue,
                complaint.Insured, complaint.InsuredValue, complaint.ShippingFee));
        }
        catch (ArgumentException)
        {
            return null; // a fact the rule needs was not registered
        }
    }

    public Task<OperationResult<ComplaintResource>> VerifyAsync(
        Guid id, ComplaintVerifyRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.FaultParty))
        {
            return Task.FromResult(OperationResult<ComplaintResource>.Invalid(
                "faultParty", "faultParty is required on the console: courier, agent, customer or none."));
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

    public Task<OperationResult<ComplaintResource>> CallbackAsync(
        Guid id, ComplaintCallbackRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        lifecycle.CallbackAsync(id, request, actor, cancellationToken);
}
