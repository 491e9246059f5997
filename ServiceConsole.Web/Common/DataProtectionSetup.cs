using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Common;

/// <summary>
/// INF-04: ASP.NET Core Data Protection with its keys in a folder of their own, outside the database file, so they
/// survive a restart and a stolen database alone reads no ID number. The same key ring protects the sign-in cookies.
/// </summary>
public static class DataProtectionSetup
{
    /// <summary>Fixed so that a console moved to another folder still reads what it protected (the default discriminator is the content root).</summary>
    public const string ApplicationName = "ServiceConsole";

    public static IServiceCollection AddServiceConsoleDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var keys = KeysFolder(configuration);
        Directory.CreateDirectory(keys);
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddSingleton<IdNumberProtector>();
        return services;
    }

    /// <summary><c>ServiceConsole:DataProtection:KeysPath</c>, else a <c>keys</c> folder next to the database file.</summary>
    public static string KeysFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{ServiceConsoleOptions.SectionName}:{nameof(ServiceConsoleOptions.DataProtection)}:{nameof(DataProtectionSettings.KeysPath)}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var connectionString = configuration.GetConnectionString(DataSetup.ConnectionStringName) ?? DataSetup.DefaultConnectionString;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetFullPath("App_Data")
            : Path.GetDirectoryName(Path.GetFullPath(dataSource))!;
        return Path.Combine(folder, "keys");
    }
}
