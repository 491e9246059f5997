using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Data.Sqlite;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;
using StackExchange.Redis;

namespace ServiceConsole.Web.Common;

/// <summary>
/// INF-04: ASP.NET Core Data Protection with its keys outside the database, so they survive a restart and a stolen
/// database alone reads no ID number. The same key ring protects the sign-in cookies. One node keeps the ring in a folder
/// of its own; nodes that share a Redis (<c>ConnectionStrings:Redis</c>) keep it there, under the key
/// <c>{prefix}:DataProtection-Keys</c> (<c>ServiceConsole:DataProtection-Keys</c> by default, see
/// <see cref="ConsoleRedis.DataProtectionKey"/>), with the one application name, so a cookie signed in on node A is
/// accepted on node B and an ID number protected on A reads on B. Either way the keys are never in the database.
/// </summary>
public static class DataProtectionSetup
{
    /// <summary>Fixed so that a console moved to another folder still reads what it protected (the default discriminator is the content root).</summary>
    public const string ApplicationName = "ServiceConsole";

    /// <summary>The database provider setting (<c>Sqlite</c>, the default, or <c>Postgres</c>).</summary>
    public const string DatabaseProviderSetting = "ServiceConsole:Database:Provider";

    public static IServiceCollection AddServiceConsoleDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (ConsoleRedis.ConnectionString(configuration) is { } redis)
        {
            // What PersistKeysToStackExchangeRedis does, on the node's one Redis connection (built by the container, so
            // it is not opened while services are still being registered).
            services.AddConsoleRedisConnection(redis);
            RedisKey key = ConsoleRedis.DataProtectionKey(ConsoleRedis.ChannelPrefix(configuration));
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, connection) =>
                options.XmlRepository = new RedisXmlRepository(() => connection.GetDatabase(), key));
        }
        else
        {
            var keys = KeysFolder(configuration);
            Directory.CreateDirectory(keys);
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        services.AddSingleton<IdNumberProtector>();
        return services;
    }

    /// <summary>
    /// <c>ServiceConsole:DataProtection:KeysPath</c>, else a <c>keys</c> folder next to the SQLite database file; on
    /// PostgreSQL (<c>ServiceConsole:Database:Provider</c> = <c>Postgres</c>, whose connection string names no file)
    /// <c>App_Data/keys</c>.
    /// </summary>
    public static string KeysFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{ServiceConsoleOptions.SectionName}:{nameof(ServiceConsoleOptions.DataProtection)}:{nameof(DataProtectionSettings.KeysPath)}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        if (string.Equals(configuration[DatabaseProviderSetting], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return Path.Combine(Path.GetFullPath("App_Data"), "keys");
        }

        var connectionString = configuration.GetConnectionString(DataSetup.ConnectionStringName) ?? DataSetup.DefaultConnectionString;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetFullPath("App_Data")
            : Path.GetDirectoryName(Path.GetFullPath(dataSource))!;
        return Path.Combine(folder, "keys");
    }
}
