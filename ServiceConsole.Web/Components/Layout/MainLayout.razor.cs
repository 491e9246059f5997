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

    [Inject]
    public required IStringLocalizer<SharedResource> L { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    private string CompanyName => Policy.Value.Service.CompanyName;

    private string CultureSwitchUrl
    {
        get
        {
            var target = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? "zh-CN" : "en";
            var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            return $"/account/culture?culture={target}&returnUrl={Uri.EscapeDataString(here)}";
        }
    }
}
