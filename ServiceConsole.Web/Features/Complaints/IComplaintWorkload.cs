using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>The complaints people carry: an owner's own list (the specialist's desk) and everyone's load (supervisors).</summary>
public interface IComplaintWorkload
{
    /// <summary>The open complaints the actor owns (by agent code, else login), most urgent first.</summary>
    Task<IReadOnlyList<ComplaintResource>> OwnAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The open complaints of one owner, most urgent first; for supervisors.</summary>
    Task<IReadOnlyList<ComplaintResource>> OfAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Every owner who could carry complaints (agents and specialists) with what they carry, the busiest first.</summary>
    Task<IReadOnlyList<OwnerLoad>> LoadsAsync(CancellationToken cancellationToken = default);
}
