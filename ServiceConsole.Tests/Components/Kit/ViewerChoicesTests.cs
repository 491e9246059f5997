using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Components.Layout;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Drills;

namespace ServiceConsole.Tests.Components.Kit;

/// <summary>The viewer's own time zone: read from their cookie, offered in the profile menu, said on every screen.</summary>
public sealed class ViewerChoicesTests : ConsoleComponentTest
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void The_zone_label_says_the_centres_zone_until_the_viewer_chose_another_and_then_theirs()
    {
        var clock = Services.GetRequiredService<ViewerTime>();
        var label = Render<ZoneLabel>();
        Assert.Equal("北京时间 UTC+8", label.Find("[data-testid=zone-label]").TextContent);
        Assert.Equal("16:00", clock.Short(Now));

        Assert.True(clock.TrySetZone("America/Los_Angeles"));
        label.Render();

        Assert.Equal("洛杉矶时间 UTC-8", label.Find("[data-testid=zone-label]").TextContent);
        Assert.Equal("America/Los_Angeles", label.Find("[data-testid=zone-label]").GetAttribute("data-zone"));
        Assert.Equal("00:00", clock.Short(Now)); // midnight in Los Angeles: today there too
    }

    [Fact]
    public void The_zone_label_speaks_english_after_the_switch()
    {
        UseEnglish();

        var label = Render<ZoneLabel>();

        Assert.Equal("China Standard Time (UTC+8)", label.Find("[data-testid=zone-label]").TextContent);
    }

    [Theory]
    [InlineData("Asia/Kolkata", "UTC+5:30")]
    [InlineData("UTC", "UTC+0")]
    [InlineData("America/Los_Angeles", "UTC-8")]
    public void An_offset_reads_in_hours_and_minutes_from_utc(string zone, string expected)
    {
        Assert.Equal(expected, ViewerTime.OffsetOf(TimeZoneInfo.FindSystemTimeZoneById(zone), Now));
    }

    [Fact]
    public void A_stored_reason_says_the_offset_of_the_time_it_names()
    {
        var started = TimeZoneInfo.ConvertTime(Now, Shanghai);

        Assert.Equal("演练结束 (EMG-05):2026-11-22 16:00 (UTC+8) 开始的演练到时", DrillTexts.EndReason(started));
    }

    [Fact]
    public void London_in_summer_is_an_hour_ahead_of_utc()
    {
        Assert.Equal("UTC+1", ViewerTime.OffsetOf(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_menu_offers_the_centres_zone_first_then_the_configured_ones_each_once()
    {
        string[] configured = ["Asia/Shanghai", "UTC", "Europe/London", "UTC", "Not/AZone"];

        var fromShanghai = TimeZoneChoices.For(Shanghai, configured).Select(z => z.Id).ToList();
        var fromLondon = TimeZoneChoices.For(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), configured).Select(z => z.Id).ToList();
        var unconfigured = TimeZoneChoices.For(Shanghai, null).Select(z => z.Id).ToList();

        Assert.Equal(["Asia/Shanghai", "UTC", "Europe/London"], fromShanghai);
        Assert.Equal(["Europe/London", "Asia/Shanghai", "UTC"], fromLondon);
        Assert.Equal(["Asia/Shanghai"], unconfigured);
    }

    [Fact]
    public void A_configured_choice_the_server_does_not_know_stops_the_console_at_start_up()
    {
        var result = new ServiceConsoleOptionsValidation().Validate(null, new ServiceConsoleOptions { TimeZoneChoices = ["UTC", "Asia/Atlantis"] });

        Assert.True(result.Failed);
        Assert.Contains("ServiceConsole:TimeZoneChoices has 'Asia/Atlantis'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_profile_menu_names_the_configured_zones_marks_the_viewers_and_links_each_to_the_switch()
    {
        ConsoleOptions.TimeZoneChoices = ["UTC", "Europe/London"];
        Assert.True(Services.GetRequiredService<ViewerTime>().TrySetZone("Europe/London"));
        var menu = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<ProfileMenu>(1);
            builder.AddAttribute(2, nameof(ProfileMenu.DisplayName), "周主管");
            builder.AddAttribute(3, nameof(ProfileMenu.ReturnUrl), "/complaints/42?tab=clocks");
            builder.CloseComponent();
        });

        Assert.Contains("周主管", menu.Find("[data-testid=profile-menu]").TextContent);
        menu.Find("[data-testid=profile-menu] button").Click();
        var choices = menu.FindAll("[data-testid=zone-choice]");

        Assert.Equal(["Asia/Shanghai", "UTC", "Europe/London"], choices.Select(c => c.GetAttribute("data-zone")));
        Assert.Equal(["false", "false", "true"], choices.Select(c => c.GetAttribute("data-chosen")));
        Assert.Contains("北京时间 UTC+8", choices[0].TextContent);
        Assert.Contains("中心时区", choices[0].TextContent);
        Assert.Contains("协调世界时 UTC+0", choices[1].TextContent);
        Assert.Contains("伦敦时间 UTC+0", choices[2].TextContent); // November: London is on GMT
        var link = choices[1].QuerySelector("a") ?? choices[1];
        Assert.Equal("/account/timezone?zone=UTC&returnUrl=%2Fcomplaints%2F42%3Ftab%3Dclocks", link.GetAttribute("href"));
    }

    [Fact]
    public void The_cookies_a_request_carries_become_the_signed_in_users_choices_and_anything_else_none()
    {
        var london = ViewerPreferences.ZoneCookieValue(User("u-1"), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var cookies = $"ServiceConsole.TimeZone={Uri.EscapeDataString(london!)}; ServiceConsole.Theme=dark";

        var chosen = ViewerPreferences.FromRequest(Request(cookies, User("u-1")));
        var someoneElse = ViewerPreferences.FromRequest(Request(cookies, User("u-2")));
        var signedOut = ViewerPreferences.FromRequest(Request(cookies, new ClaimsPrincipal(new ClaimsIdentity())));
        var junk = ViewerPreferences.FromRequest(Request("ServiceConsole.TimeZone=u-1%7CMars%2FBase; ServiceConsole.Theme=%3Cscript%3E", User("u-1")));
        var bare = ViewerPreferences.FromRequest(Request("ServiceConsole.TimeZone=Europe%2FLondon", User("u-1")));
        var none = ViewerPreferences.FromRequest(Request(null, User("u-1")));

        Assert.Equal("u-1|Europe/London", london);
        Assert.Equal(new ViewerPreferences("Europe/London", ViewerPreferences.Dark), chosen);
        Assert.True(chosen.IsDark);
        Assert.Equal(new ViewerPreferences(null, ViewerPreferences.Dark), someoneElse); // the screen stays dark, the zone is theirs
        Assert.Equal(new ViewerPreferences(null, ViewerPreferences.Dark), signedOut);
        Assert.Equal(ViewerPreferences.Default, junk);
        Assert.Equal(ViewerPreferences.Default, bare);
        Assert.Equal(ViewerPreferences.Default, none);
    }

    [Fact]
    public void Only_a_signed_in_person_has_a_zone_of_their_own()
    {
        var integration = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "integration")], "ApiKey"));

        Assert.Null(ViewerPreferences.ZoneCookieValue(integration, Shanghai));
        Assert.Null(ViewerPreferences.ZoneCookieValue(new ClaimsPrincipal(new ClaimsIdentity()), Shanghai));
    }

    private static ClaimsPrincipal User(string id) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, "someone")], "Identity.Application"));

    private static HttpContext Request(string? cookies, ClaimsPrincipal user)
    {
        var context = new DefaultHttpContext { User = user };
        if (cookies is not null)
        {
            context.Request.Headers.Cookie = cookies;
        }

        return context;
    }
}
