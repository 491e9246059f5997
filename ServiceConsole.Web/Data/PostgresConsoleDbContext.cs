using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Points;

namespace ServiceConsole.Web.Data;

/// <summary>
/// The console's model on PostgreSQL, as a type of its own so that its migrations (<c>Data/PostgresMigrations/</c>) never
/// mix with the SQLite ones (decision 0010). Used only to migrate and at design time: the runtime reads and writes through
/// <see cref="ConsoleDbContext"/> with Npgsql options, and the model is the same.
/// </summary>
public sealed class PostgresConsoleDbContext(DbContextOptions<PostgresConsoleDbContext> options) : ConsoleDbContext(options)
{
    /// <summary>The context the initializer migrates a PostgreSQL database with.</summary>
    public static PostgresConsoleDbContext Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresConsoleDbContext>();
        DataSetup.Configure(options, DatabaseProvider.Postgres, connectionString);
        return new PostgresConsoleDbContext(options.Options);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The SQLite configuration's filter names the column bare, which PostgreSQL folds to lower case; the filter
        // only matters to the index the migration creates, so it is spelled for PostgreSQL here rather than changing
        // the landed SQLite model.
        builder.Entity<NormViolation>().HasIndex(v => v.ComplaintId).IsUnique().HasFilter("\"ComplaintId\" IS NOT NULL");
    }
}
