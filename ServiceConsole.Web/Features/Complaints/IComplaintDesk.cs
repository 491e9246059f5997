using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Everything the complaint page reads and changes, through the same services as the API with the
/// signed-in person as actor. The page talks only to this, so its tests can stand in for it.
/// </summary>
public interface IComplaintDesk
{
    /// <summary>The complaint, or null when it does not exist or the actor may not see it (an agent, INF-05).</summary>
    Task<ComplaintResource?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>What the policy offers for this complaint's facts (CMP-05…07); null when no rule applies or a fact is missing.</summary>
    CompensationQuote? Quote(ComplaintResource complaint);

    /// <summary>CMP-04: findings and the party at fault, chosen explicitly.</summary>
    Task<OperationResult<ComplaintResource>> VerifyAsync(Guid id, ComplaintVerifyRequest request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>CMP-08: a proposal to the customer.</summary>
    Task<OperationResult<ComplaintResource>> ProposeAsync(Guid id, ComplaintProposeRequest request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>CMP-08: the customer turns the open proposal down.</summary>
    Task<OperationResult<ComplaintResource>> DeclineAsync(Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>CMP-08/09: the customer accepts the open proposal.</summary>
    Task<OperationResult<ComplaintResource>> AcceptAsync(Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>CMP-04: a piece of the verification's evidence.</summary>
    Task<OperationResult<ComplaintResource>> RecordEvidenceAsync(Guid id, ComplaintEvidenceRequest request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Who could own a complaint, with what each carries (for a supervisor handing one over).</summary>
    Task<IReadOnlyList<OwnerLoad>> OwnersAsync(CancellationToken cancellationToken = default);

    /// <summary>A supervisor gives the complaint to another owner (a major one only to a specialist).</summary>
    Task<OperationResult<ComplaintResource>> AssignAsync(Guid id, string assignee, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>CMP-09/10: the follow-up call; satisfied closes, not satisfied reopens.</summary>
    Task<OperationResult<ComplaintResource>> CallbackAsync(Guid id, ComplaintCallbackRequest request, Actor actor, CancellationToken cancellationToken = default);
}
