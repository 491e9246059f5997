using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>The emergency supplies (EMG-06); the page checks the role (Coordinator, Supervisor or Admin edit), this does the work.</summary>
public interface ISuppliesService
{
    Task<SuppliesView> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or changes a contact; refusals are field errors keyed name, role, phone or note.</summary>
    Task<OperationResult<SuppliesView>> SaveContactAsync(SupplyContactEdit edit, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<SuppliesView>> RemoveContactAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default);
}
