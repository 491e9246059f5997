using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Health;

/// <summary><c>/healthz</c> lists each dependency on its own, with its state and facts.</summary>
public sealed class HealthDependencyTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Healthz_lists_the_database_the_scheduler_the_live_feed_and_the_key_ring_each_with_its_status()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal(
            ["dataProtection", "database", "live", "scheduler"],
            checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var check in checks.EnumerateObject())
        {
            Assert.Equal("healthy", check.Value.GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(check.Value.GetProperty("description").GetString()));
            Assert.True(check.Value.GetProperty("durationMs").GetDouble() >= 0);
        }

        Assert.Equal("Running", checks.GetProperty("scheduler").GetProperty("data").GetProperty("status").GetString());
        Assert.True(int.Parse(checks.GetProperty("dataProtection").GetProperty("data").GetProperty("keys").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(checks.GetProperty("live").GetProperty("data").GetProperty("subscribers").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }
}
