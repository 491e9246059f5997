using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration;

/// <summary>Conventions every integrator and user relies on: UTC with Z, Chinese by default, English on request.</summary>
public sealed class ConventionsTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Timestamps_are_written_in_utc_with_a_trailing_z()
    {
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "utc-1",
            channel = "phone",
            customerName = "何女士",
            customerPhone = "13800138000",
            arrivedAt = "2026-11-22T16:00:00+08:00",
        });

        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"arrivedAt\":\"2026-11-22T08:00:00Z\"", raw);
        Assert.Contains("\"respondBy\":\"2026-11-22T08:00:15Z\"", raw);
    }

    [Fact]
    public async Task The_sign_in_page_speaks_chinese_by_default_and_english_after_the_switch()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

        var chinese = await client.GetStringAsync("/account/login");
        var switched = await client.GetAsync("/account/culture?culture=en&returnUrl=%2Faccount%2Flogin");
        var english = await client.GetStringAsync("/account/login");

        Assert.Contains("登录客服中心控制台", chinese);
        Assert.Contains("lang=\"zh-CN\"", chinese);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Sign in to the console", english);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\tevil.example")]
    public async Task The_culture_switch_never_redirects_off_site(string returnUrl)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/account/culture?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_console_stylesheet_is_served_from_wwwroot_assets()
    {
        var response = await factory.CreateClient().GetAsync("/assets/console.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".sc-login", await response.Content.ReadAsStringAsync());
    }
}
