using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Supplies;

namespace ServiceConsole.Tests.Components.Supplies;

/// <summary>Records the supplies page's saves and answers what a test sets.</summary>
internal sealed class FakeSuppliesService : ISuppliesService
{
    public SuppliesView Current { get; set; } = SuppliesView.Empty;

    public List<SupplyContactEdit> Saves { get; } = [];

    public Func<SupplyContactEdit, OperationResult<SuppliesView>>? SaveResult { get; set; }

    public Task<SuppliesView> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Current);

    public Task<OperationResult<SuppliesView>> SaveContactAsync(SupplyContactEdit edit, Actor actor, CancellationToken cancellationToken = default)
    {
        Saves.Add(edit);
        return Task.FromResult(SaveResult?.Invoke(edit) ?? OperationResult<SuppliesView>.Ok(Current));
    }

    public Task<OperationResult<SuppliesView>> RemoveContactAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<SuppliesView>.Ok(Current));
}
