using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Common;

/// <summary>
/// Ingest is idempotent on the caller's externalId: a retry gets the stored resource, a different request a 409. A
/// caller who may not read the stored record (an agent, for another agent's work) gets the same 409 as a different
/// request: a repeated create is no side door to a record a GET would answer 404 for (issue 11).
/// </summary>
public static class IdempotentIngest
{
    public static async Task<OperationResult<TResource>?> FindExistingAsync<TEntity, TResource>(
        DbSet<TEntity> set, string externalId, string fingerprint, Func<TEntity, TResource> toResource, string kind,
        Func<TEntity, bool> visible, CancellationToken cancellationToken)
        where TEntity : class
    {
        var existing = await set.AsNoTracking()
            .Where(e => EF.Property<string>(e, "ExternalId") == externalId)
            .Select(e => new { Entity = e, Hash = EF.Property<string>(e, ConsoleDbContext.RequestHash) })
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null ? null : Answer(existing.Entity, existing.Hash, externalId, fingerprint, toResource, kind, visible);
    }

    /// <summary>The answer to a request whose externalId is already stored, with the stored record and its request's fingerprint.</summary>
    public static OperationResult<TResource> Answer<TEntity, TResource>(
        TEntity stored, string storedFingerprint, string externalId, string fingerprint, Func<TEntity, TResource> toResource, string kind,
        Func<TEntity, bool> visible)
    {
        ArgumentNullException.ThrowIfNull(toResource);
        ArgumentNullException.ThrowIfNull(visible);
        return storedFingerprint == fingerprint && visible(stored)
            ? OperationResult<TResource>.Ok(toResource(stored))
            : OperationResult<TResource>.Conflict($"externalId {ValidationErrors.Echo(externalId)} was already used for a different {kind}.");
    }
}
