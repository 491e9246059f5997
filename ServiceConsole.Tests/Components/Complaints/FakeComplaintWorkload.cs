using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>The complaints owners carry, as a test lays them out.</summary>
internal sealed class FakeComplaintWorkload : IComplaintWorkload
{
    public Dictionary<string, List<ComplaintResource>> ByOwner { get; } = new(StringComparer.Ordinal);

    public List<OwnerLoad> Loads { get; } = [];

    public Task<IReadOnlyList<ComplaintResource>> OwnAsync(Actor actor, CancellationToken cancellationToken = default) =>
        OfAsync(actor.AgentCode ?? actor.Name, cancellationToken);

    public Task<IReadOnlyList<ComplaintResource>> OfAsync(string owner, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ComplaintResource>>(ByOwner.GetValueOrDefault(owner) ?? []);

    public Task<IReadOnlyList<OwnerLoad>> LoadsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OwnerLoad>>(Loads);
}
