namespace ServiceConsole.Web.Data;

/// <summary>The database engine the console stores its data in (<c>ServiceConsole:Database:Provider</c>, decision 0010).</summary>
public enum DatabaseProvider
{
    /// <summary>One file next to the console (the default): one node.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql): several nodes on one database, Quartz clustered.</summary>
    Postgres,
}

/// <summary>Reads and validates the provider setting.</summary>
public static class DatabaseProviders
{
    /// <summary>Configuration key of the provider: <c>Sqlite</c> (default) or <c>Postgres</c>, case-insensitive.</summary>
    public const string ConfigurationKey = "ServiceConsole:Database:Provider";

    /// <summary>The configured provider; a value that names no provider stops the start with the reason.</summary>
    public static DatabaseProvider From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        // Enum.TryParse would also take "1" or "Sqlite,Postgres"; only the names are settings.
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(configured.Trim(), provider.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new InvalidOperationException(
            $"{ConfigurationKey}='{configured}' names no database provider; use " +
            $"{string.Join(" or ", Enum.GetNames<DatabaseProvider>())} (ConnectionStrings:{DataSetup.ConnectionStringName} is the connection string for either).");
    }
}

/// <summary>The configured database of this process: its provider and connection string (a singleton).</summary>
public sealed record ConsoleDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;
}
