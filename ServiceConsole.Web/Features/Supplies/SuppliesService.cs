using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Supplies;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>EMG-06: the centre's one supplies directory, created with its first contact; the domain validates every line.</summary>
public sealed class SuppliesService(IDbContextFactory<ConsoleDbContext> dbFactory, TimeProvider time) : ISuppliesService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<SuppliesView> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var directory = await db.Supplies.AsNoTracking().OrderBy(s => s.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        return directory is null ? SuppliesView.Empty : SuppliesView.From(directory);
    }

    public Task<OperationResult<SuppliesView>> SaveContactAsync(SupplyContactEdit edit, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return ChangeAsync(actor, (directory, now) =>
        {
            if (edit.Id is { } id)
            {
                directory.UpdateContact(id, edit.Name ?? "", edit.Role, edit.Phone ?? "", edit.Note, actor.Name, now);
            }
            else
            {
                directory.AddContact(Guid.CreateVersion7(now), edit.Name ?? "", edit.Role, edit.Phone ?? "", edit.Note, actor.Name, now);
            }
        }, cancellationToken);
    }

    public Task<OperationResult<SuppliesView>> RemoveContactAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, (directory, now) => directory.RemoveContact(contactId, actor.Name, now), cancellationToken);

    // One writer at a time: two coordinators editing at once must not both create "the" directory.
    private async Task<OperationResult<SuppliesView>> ChangeAsync(
        Actor actor, Action<SuppliesDirectory, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = time.GetUtcNow();
            var directory = await db.Supplies.OrderBy(s => s.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
            if (directory is null)
            {
                directory = SuppliesDirectory.Create(Guid.CreateVersion7(now), actor.Name, now);
                db.Supplies.Add(directory);
            }

            try
            {
                change(directory, now);
            }
            catch (KeyNotFoundException ex)
            {
                return OperationResult<SuppliesView>.NotFound(ex.Message);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<SuppliesView>.Invalid(ex.ParamName ?? "name", ex.PlainMessage());
            }

            await db.SaveChangesAsync(cancellationToken);
            return OperationResult<SuppliesView>.Ok(SuppliesView.From(directory));
        }
        finally
        {
            _gate.Release();
        }
    }
}
