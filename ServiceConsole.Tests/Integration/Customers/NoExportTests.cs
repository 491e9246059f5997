using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Customers;

/// <summary>
/// INF-07/INF-09: personal data serves pickup, delivery, queries and complaints only: the API offers no way to list,
/// download or bulk-read customers; the one customer path is the audited, single-customer reveal.
/// </summary>
public sealed class NoExportTests(NoExportTests.Factory factory) : IClassFixture<NoExportTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    [Fact]
    [Trait("Rule", "INF-09")]
    [Trait("Rule", "INF-07")]
    public async Task The_api_has_no_customer_listing_or_export_and_the_one_customer_path_is_the_reveal()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().ToList();

        var customerPaths = paths.Where(p => p.Name.StartsWith("/api/v1/customers", StringComparison.OrdinalIgnoreCase)).ToList();
        var reveal = Assert.Single(customerPaths);
        Assert.Equal("/api/v1/customers/{id}/reveal", reveal.Name);
        Assert.Equal(["post"], reveal.Value.EnumerateObject().Select(o => o.Name).Where(n => n is "get" or "post" or "put" or "delete" or "patch"));
        Assert.DoesNotContain(paths, p => p.Name.Contains("export", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("download", StringComparison.OrdinalIgnoreCase));

        var admin = await factory.SignInAsync("admin", "Demo@2026");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/customers")).StatusCode);
    }
}
