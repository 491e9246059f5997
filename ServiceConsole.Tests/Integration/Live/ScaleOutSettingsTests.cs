using Microsoft.Extensions.Configuration;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Integration.Live;

/// <summary>The settings of a node of several (issue 14) that need no Redis to check.</summary>
public sealed class ScaleOutSettingsTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    [Trait("Rule", "INF-04")]
    public void On_postgres_the_keys_folder_is_app_data_keys_and_the_connection_string_is_not_read_as_sqlite()
    {
        var settings = Settings(
            ("ServiceConsole:Database:Provider", "Postgres"),
            ("ConnectionStrings:Console", "Host=127.0.0.1;Port=55432;Database=console;Username=console;Password=secret"));

        Assert.Equal(Path.Combine(Path.GetFullPath("App_Data"), "keys"), DataProtectionSetup.KeysFolder(settings));
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public void On_sqlite_the_keys_folder_stays_next_to_the_database_file_and_a_configured_folder_wins()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sc-keys-test");
        Assert.Equal(
            Path.Combine(folder, "keys"),
            DataProtectionSetup.KeysFolder(Settings(("ConnectionStrings:Console", $"Data Source={Path.Combine(folder, "console.db")}"))));
        Assert.Equal(
            Path.GetFullPath("/srv/keys"),
            DataProtectionSetup.KeysFolder(Settings(("ServiceConsole:Database:Provider", "Postgres"), ("ServiceConsole:DataProtection:KeysPath", "/srv/keys"))));
    }

    [Fact]
    public void Redis_is_off_unless_its_connection_string_is_set_and_the_prefix_defaults_to_ServiceConsole()
    {
        Assert.Null(ConsoleRedis.ConnectionString(Settings()));
        Assert.Null(ConsoleRedis.ConnectionString(Settings(("ConnectionStrings:Redis", " "))));
        Assert.Equal("127.0.0.1:56379", ConsoleRedis.ConnectionString(Settings(("ConnectionStrings:Redis", "127.0.0.1:56379"))));
        Assert.Equal("ServiceConsole", ConsoleRedis.ChannelPrefix(Settings()));
        Assert.Equal("ServiceConsole:changes", ConsoleRedis.ChangesChannel("ServiceConsole"));
        Assert.Equal("ServiceConsole:DataProtection-Keys", ConsoleRedis.DataProtectionKey("ServiceConsole"));
        Assert.False(ConsoleRedis.Options("127.0.0.1:56379").AbortOnConnectFail);
    }
}
