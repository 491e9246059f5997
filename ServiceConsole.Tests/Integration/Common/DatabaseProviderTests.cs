using Microsoft.Extensions.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Tests.Integration.Common;

/// <summary>Decision 0010: the provider setting is validated, and each provider gets what it needs or a clear start-up error.</summary>
public sealed class DatabaseProviderTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData(" Postgres ", DatabaseProvider.Postgres)]
    public void The_provider_is_sqlite_by_default_and_named_case_insensitively(string? configured, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseProviders.From(Settings((DatabaseProviders.ConfigurationKey, configured))));

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("1")]
    [InlineData("Sqlite,Postgres")]
    public void Any_other_provider_stops_the_start_naming_the_setting_and_the_choices(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.From(Settings((DatabaseProviders.ConfigurationKey, configured))));
        Assert.Contains(DatabaseProviders.ConfigurationKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite or Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_the_start_and_sqlite_falls_back_to_its_file()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DataSetup.ConnectionString(Settings(), DatabaseProvider.Postgres));
        Assert.Contains("ConnectionStrings:Console", error.Message, StringComparison.Ordinal);
        Assert.Equal(DataSetup.DefaultConnectionString, DataSetup.ConnectionString(Settings(), DatabaseProvider.Sqlite));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void Fewer_than_one_scheduler_thread_stops_the_start_naming_the_setting(string configured)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var error = Assert.Throws<InvalidOperationException>(() =>
            services.AddServiceConsoleScheduling(Settings((SchedulingSetup.MaxConcurrencyConfigurationKey, configured))));
        Assert.Contains(SchedulingSetup.MaxConcurrencyConfigurationKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clustered_scheduler_is_still_refused_on_sqlite()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var error = Assert.Throws<InvalidOperationException>(() =>
            services.AddServiceConsoleScheduling(Settings((SchedulingSetup.ClusteredConfigurationKey, "true"))));
        Assert.Contains("PostgreSQL", error.Message, StringComparison.Ordinal);
    }
}
