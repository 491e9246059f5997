using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ServiceConsole.Web.Common;

/// <summary>Tells a lost race on a caller's externalId from every other storage failure, which must surface.</summary>
public static class StoreErrors
{
    private const int SqliteConstraint = 19;

    public static bool IsDuplicateExternalId(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.Message.Contains(".ExternalId", StringComparison.Ordinal);
}
