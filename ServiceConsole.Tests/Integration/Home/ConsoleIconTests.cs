using System.Net;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Home;

/// <summary>The console's icon: named by every page, and where browsers look without reading one.</summary>
public sealed class ConsoleIconTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task The_icon_is_served_at_favicon_ico_and_the_pages_name_the_svg()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var ico = await client.GetAsync("/favicon.ico");
        var svg = await client.GetAsync("/assets/favicon.svg");
        var login = await client.GetStringAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0, 0, 1, 0], (await ico.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rel=\"icon\"", login);
        Assert.Contains("assets/favicon.svg", login);
    }
}
