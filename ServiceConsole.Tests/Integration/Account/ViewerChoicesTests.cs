using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Account;

/// <summary>
/// The viewer's own time zone and theme, as the browser first receives a page: the cookies the switches set are
/// applied by ViewerTime and the page before anything renders, so the prerender already shows the choice.
/// </summary>
public sealed partial class ViewerChoicesTests(ViewerChoicesTests.Factory factory) : IClassFixture<ViewerChoicesTests.Factory>
{
    private static readonly TimeZoneInfo Centre = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    [Fact]
    public async Task A_chosen_zone_changes_the_times_a_page_shows_and_its_zone_label_and_the_centres_zone_clears_it()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);
        var received = DateTimeOffset.UtcNow.AddMinutes(-30);
        var page = $"/complaints/{await RegisterAsync(received)}";

        var centre = WebUtility.HtmlDecode(await supervisor.GetStringAsync(page));
        var switched = await supervisor.GetAsync($"/account/timezone?zone=America/Los_Angeles&returnUrl={Uri.EscapeDataString(page)}");
        var chosen = WebUtility.HtmlDecode(await supervisor.GetStringAsync(page));
        await supervisor.GetAsync("/account/timezone?zone=Asia/Shanghai&returnUrl=/");
        var back = await supervisor.GetStringAsync(page);

        Assert.Equal(Local(received, Centre), ReceivedShown(centre));
        Assert.Contains($">北京时间 {ViewerTime.OffsetOf(Centre, DateTimeOffset.UtcNow)}</span>", centre);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(page, switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ViewerPreferences.TimeZoneCookie, StringComparison.Ordinal));
        Assert.Matches($"^{Regex.Escape(ViewerPreferences.TimeZoneCookie)}=[^;%]+%7CAmerica%2FLos_Angeles;", cookie); // the user's id, then the zone
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Local(received, LosAngeles), ReceivedShown(chosen));
        Assert.Contains($">洛杉矶时间 {ViewerTime.OffsetOf(LosAngeles, DateTimeOffset.UtcNow)}</span>", chosen);
        Assert.Equal(Local(received, Centre), ReceivedShown(back));
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_switches_only_return_to_a_page_of_this_site(string returnUrl)
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var zone = await supervisor.GetAsync($"/account/timezone?zone=UTC&returnUrl={Uri.EscapeDataString(returnUrl)}");
        var theme = await supervisor.GetAsync($"/account/theme?theme=dark&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", zone.Headers.Location?.OriginalString);
        Assert.Equal("/", theme.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_zone_the_server_does_not_know_clears_the_choice_instead_of_storing_it()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var response = await supervisor.GetAsync("/account/timezone?zone=Mars/Olympus_Mons&returnUrl=/");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ViewerPreferences.TimeZoneCookie, StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nobody_signed_in_chooses_a_zone()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/account/timezone?zone=UTC&returnUrl=/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(ViewerPreferences.TimeZoneCookie, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_next_person_at_the_same_desk_sees_the_centres_zone_not_the_one_chosen_before_them()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);
        var switched = await supervisor.GetAsync("/account/timezone?zone=America/Los_Angeles&returnUrl=/");
        var left = switched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ViewerPreferences.TimeZoneCookie, StringComparison.Ordinal)).Split(';')[0];
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", left); // the cookie the supervisor left in this browser
        var html = WebUtility.HtmlDecode(await (await agent.SendAsync(request)).Content.ReadAsStringAsync());
        var own = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/"));

        Assert.Contains($">北京时间 {ViewerTime.OffsetOf(Centre, DateTimeOffset.UtcNow)}</span>", html);
        Assert.Contains($">洛杉矶时间 {ViewerTime.OffsetOf(LosAngeles, DateTimeOffset.UtcNow)}</span>", own);
    }

    [Fact]
    public async Task The_dark_theme_is_remembered_and_marks_the_page_before_it_renders()
    {
        var hr = await factory.SignInAsync("hr", DemoOptions.DefaultPassword);

        var light = await hr.GetStringAsync("/");
        await hr.GetAsync("/account/theme?theme=dark&returnUrl=/");
        var dark = await hr.GetStringAsync("/");
        await hr.GetAsync("/account/theme?theme=anything-else&returnUrl=/");
        var lightAgain = await hr.GetStringAsync("/");

        Assert.Contains("<html lang=\"zh-CN\" data-theme=\"light\">", light);
        Assert.Contains("<html lang=\"zh-CN\" data-theme=\"dark\">", dark);
        Assert.Contains("data-testid=\"theme-switch\"", dark);
        Assert.Contains("<html lang=\"zh-CN\" data-theme=\"light\">", lightAgain);
    }

    private async Task<string> RegisterAsync(DateTimeOffset receivedAt)
    {
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = $"zone-{Guid.NewGuid():N}"[..24], channel = "phone", customerName = "周女士", customerPhone = "13900139000",
            waybillNo = "YD4312300000001", outletCode = "SH-PD-07", category = "delay", delayDays = 1, demand = "尽快送达", receivedAt,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string ReceivedShown(string html) => Received().Match(html) is { Success: true } match
        ? match.Groups[1].Value.Trim()
        : throw new Xunit.Sdk.XunitException("The complaint page shows no received time.");

    [GeneratedRegex("<dt>受理时间</dt>\\s*<dd[^>]*>([^<]+)</dd>")]
    private static partial Regex Received();
}
