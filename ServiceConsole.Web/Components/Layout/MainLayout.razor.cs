using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Resources;

namespace ServiceConsole.Web.Components.Layout;

public sealed partial class MainLayout
{
    // One per layout instance, so per circuit: the board's own banners tell the global bar to stand aside (no mode shown twice).
    private readonly EmergencyBannerHost _bannerHost = new();

    /// <summary>The viewer's theme and zone, cascaded by <see cref="Routes"/>.</summary>
    [CascadingParameter]
    public ViewerPreferences Preferences { get; set; } = ViewerPreferences.Default;

    [Inject]
    public required IStringLocalizer<SharedResource> L { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    private string CompanyName => Policy.Value.Service.CompanyName;

    /// <summary>This page, for the switches to come back to (the layout renders again on every navigation).</summary>
    private string Here => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    private string CultureSwitchUrl
    {
        get
        {
            var target = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? "zh-CN" : "en";
            return $"/account/culture?culture={target}&returnUrl={Uri.EscapeDataString(Here)}";
        }
    }

    private string ThemeSwitchUrl =>
        $"/account/theme?theme={(Preferences.IsDark ? ViewerPreferences.Light : ViewerPreferences.Dark)}&returnUrl={Uri.EscapeDataString(Here)}";

    private string ThemeSwitchLabel => Preferences.IsDark ? L["ThemeLight"] : L["ThemeDark"];
}
