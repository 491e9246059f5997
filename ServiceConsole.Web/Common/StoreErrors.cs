using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ServiceConsole.Web.Common;

/// <summary>Tells a lost race on a caller's externalId from every other storage failure, which must surface.</summary>
public static class StoreErrors
{
    private const int SqliteConstraint = 19;

    /// <summary>PostgreSQL's <c>unique_violation</c>.</summary>
    private const string PostgresUniqueViolation = "23505";

    /// <summary>
    /// SQLite names the column (<c>UNIQUE constraint failed: Contacts.ExternalId</c>); PostgreSQL names the unique index
    /// (<c>IX_Contacts_ExternalId</c>, <c>IX_Complaints_ExternalId</c>, <c>IX_Punches_ExternalId</c>).
    /// </summary>
    public static bool IsDuplicateExternalId(DbUpdateException exception) =>
        exception.InnerException switch
        {
            SqliteException { SqliteErrorCode: SqliteConstraint } sqlite => sqlite.Message.Contains(".ExternalId", StringComparison.Ordinal),
            PostgresException { SqlState: PostgresUniqueViolation } postgres =>
                postgres.ConstraintName?.Contains("ExternalId", StringComparison.Ordinal) == true,
            _ => false,
        };
}
