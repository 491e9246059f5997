namespace ServiceConsole.Web.Data;

/// <summary>
/// The PostgreSQL advisory lock keys the console takes (decision 0010). Advisory locks are one 64-bit number space per
/// database, shared with anything else that uses them there, so the keys are fixed, spelled once, and read "SC" + a number.
/// </summary>
public static class PostgresLocks
{
    /// <summary>
    /// Taken with <c>pg_advisory_xact_lock</c> as the first statement of every group transaction of the
    /// <see cref="Common.WritePath"/> and released by its commit or rollback: the groups of every node are decided one
    /// at a time, as on one SQLite node, so routing never gives one free agent two contacts and an externalId is looked
    /// up after the other node's commit, never beside it.
    /// </summary>
    public const long WriteGroups = 0x5343_0000_0001;

    /// <summary>
    /// Held (session lock) while a starting node seeds its reference data (emergency modes, roles, demo data), so two
    /// nodes starting together do not both insert the same rows. Migrating has EF Core's own lock.
    /// </summary>
    public const long Initialization = 0x5343_0000_0002;
}
