using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Bunit;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>The coordinator's texts exist in Chinese and English, and every key the screen builds at run time resolves.</summary>
public sealed partial class CoordinatorResourceTests : CoordinatorTestContext
{
    [Fact]
    public void Every_chinese_text_has_an_english_one_and_no_english_text_is_left_over()
    {
        var resources = new ResourceManager(typeof(CoordinatorResource).FullName!, typeof(CoordinatorResource).Assembly);

        var chinese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false));
        var english = Keys(resources.GetResourceSet(new CultureInfo("en"), true, false));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese, english);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task No_key_shows_through_on_a_screen_with_every_mode_phase_and_action(string culture)
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风预警");
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风登陆", phase: "response");
        await SwitchOnElsewhereAsync(EmergencyMode.Outage, "系统中断");
        await SwitchOffElsewhereAsync(EmergencyMode.Outage, "系统恢复");
        await SwitchOnElsewhereAsync(EmergencyMode.MassComplaint, "月度演练", drill: true);
        UseCulture(culture);
        SignInAs("coordinator", Roles.Coordinator);

        var screen = Render<CoordinatorScreen>().Markup;
        var banner = Render<GlobalEmergencyBanner>(p => p.Add(b => b.Host, new())).Markup;

        Assert.DoesNotMatch(RawKey(), screen);
        Assert.DoesNotMatch(RawKey(), banner);
    }

    private static SortedSet<string> Keys(ResourceSet? set) =>
        new(set?.Cast<DictionaryEntry>().Select(e => (string)e.Key) ?? [], StringComparer.Ordinal);

    [GeneratedRegex(@"\b(Mode|Phase|Rule|State|Action|ReasonHint)_[a-z]")]
    private static partial Regex RawKey();
}
