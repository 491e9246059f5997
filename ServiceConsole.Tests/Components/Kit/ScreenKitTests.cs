using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Workspace;
using ServiceConsole.Web.Resources;

namespace ServiceConsole.Tests.Components.Kit;

/// <summary>The screen kit every page uses: the circuit's clock and the viewer's words for a service's result.</summary>
public sealed class ScreenKitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero); // 10:00 in the centre

    private static ViewerTime Clock(FakeTimeProvider? time = null) =>
        new(time ?? new FakeTimeProvider(Now), new CentreTimeZone(Options.Create(new ServiceConsoleOptions { TimeZone = "Asia/Shanghai" })));

    private static ResultMessages Messages()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new ResultMessages(new StringLocalizer<SharedResource>(factory));
    }

    [Fact]
    public void The_viewers_clock_reads_the_centres_zone_until_told_another_and_follows_the_apps_clock()
    {
        var time = new FakeTimeProvider(Now);
        var clock = Clock(time);

        Assert.Equal("10:00", clock.Short(Now));
        Assert.Equal("11-21 23:00", clock.Short(Now.AddHours(-11))); // yesterday in the centre
        Assert.Equal("2026-11-22 10:00", clock.Full(Now));
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(Now.AddMinutes(5), clock.GetUtcNow());

        Assert.True(clock.TrySetZone("Etc/UTC"));
        Assert.Equal("02:00", clock.Short(Now));
        Assert.False(clock.TrySetZone("Not/AZone"));
    }

    [Fact]
    public void A_time_typed_in_the_viewers_zone_becomes_the_right_instant()
    {
        var clock = Clock();

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 2, 40, 0, TimeSpan.Zero), clock.FromLocal(new DateTime(2026, 11, 22, 10, 40, 0)).ToUniversalTime());
    }

    [Theory]
    [InlineData(OperationStatus.NotFound)]
    [InlineData(OperationStatus.Forbidden)]
    [InlineData(OperationStatus.Conflict)]
    public void A_refusal_reads_in_chinese_and_never_carries_the_services_english(OperationStatus status)
    {
        using var culture = new CultureScope("zh-CN");
        var result = new OperationResult<int>(status, 0, Detail: "Cannot propose: the complaint is resolved.");

        var text = Messages().Problem(result);

        Assert.DoesNotContain("Cannot", text, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", text);
    }

    [Fact]
    public void A_refused_step_names_the_current_status_in_the_screens_own_words()
    {
        using var culture = new CultureScope("zh-CN");
        var refused = OperationResult<int>.Refused(new ServiceConsole.Domain.InvalidTransitionException("propose", "resolved", "Cannot propose."));

        var text = Messages().Problem(refused, status => status == "resolved" ? "待回访" : null);

        Assert.Contains("待回访", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_the_feature_has_words_for_gets_them_and_any_other_a_plain_check_this()
    {
        using var culture = new CultureScope("zh-CN");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var workspace = factory.Create(typeof(WorkspaceResource));
        var result = OperationResult<int>.Invalid(new Dictionary<string, string[]>
        {
            ["customerPhone"] = ["customerPhone must be a mainland mobile."],
            ["somethingNew"] = ["somethingNew is wrong."],
        });

        var fields = Messages().Fields(result, workspace);

        Assert.Contains("手机号", fields["customerPhone"], StringComparison.Ordinal);
        Assert.Equal("请检查此项。", fields["somethingNew"]);
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _ui = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _ui;
    }
}
