using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;

namespace ServiceConsole.Tests.Domain.Scripts;

public sealed class EmergencyScriptsTests
{
    private readonly PolicyOptions _options = new();

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_the_warning_script_announces_the_delay_in_the_company_name()
    {
        _options.Service.CompanyName = "迅达";

        var script = new ServiceScripts(_options).WeatherScript(EmergencyPhase.Warning, hub: null);

        Assert.StartsWith("受恶劣天气影响,迅达快递部分地区的快件可能出现延误", script);
        Assert.DoesNotContain("{", script);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_the_response_script_names_the_hub_and_the_configured_estimate()
    {
        var scripts = new ServiceScripts(_options);

        Assert.Equal(
            "受恶劣天气影响,您的快件目前滞留在杭州转运中心,预计延误 2–3 天,天气好转后我们会第一时间安排派送。如需退回或改寄,我可以现在为您登记。",
            scripts.WeatherScript(EmergencyPhase.Response, " 杭州转运中心 "));

        _options.Emergency.WeatherEstimateMinDays = 3;
        _options.Emergency.WeatherEstimateMaxDays = 5;
        Assert.Contains("预计延误 3–5 天", scripts.WeatherResponse("杭州转运中心"));
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_the_response_script_cannot_be_given_without_the_hub()
    {
        var scripts = new ServiceScripts(_options);

        Assert.Throws<ArgumentNullException>(() => scripts.WeatherScript(EmergencyPhase.Response, null));
        Assert.Throws<ArgumentException>(() => scripts.WeatherResponse("  "));
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_the_recovery_phase_gives_the_callback_script()
    {
        var scripts = new ServiceScripts(_options);

        Assert.Equal(scripts.WeatherRecoveryCallback, scripts.WeatherScript(EmergencyPhase.Recovery, null));
        Assert.StartsWith("您好,这里是顺达快递客服。此前受恶劣天气影响延误的快件已恢复运输", scripts.WeatherRecoveryCallback);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_customers_are_told_the_configured_repair_estimate()
    {
        var scripts = new ServiceScripts(_options);
        Assert.Contains("预计 30 分钟内恢复", scripts.OutageCustomerMessage);

        _options.Emergency.OutageEstimateMinutes = 45;
        Assert.Contains("预计 45 分钟内恢复", scripts.OutageCustomerMessage);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_the_restored_notice_gives_the_time_in_its_own_offset_and_the_callback_hours()
    {
        var restoredAt = new DateTimeOffset(2026, 11, 22, 9, 41, 0, TimeSpan.FromHours(8));

        var notice = new ServiceScripts(_options).OutageRestoredNotice(restoredAt);

        Assert.Equal(
            "系统已于 11月22日 09:41 恢复正常,故障期间登记的客户将在 1 小时内收到回电。给您带来的不便,顺达快递深表歉意,感谢您的耐心等待。",
            notice);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_the_unified_apology_names_the_issue_and_both_deadlines()
    {
        var apology = new ServiceScripts(_options).MassComplaintApology("杭州西湖网点派送延误");

        Assert.Equal(
            "关于近期杭州西湖网点派送延误的问题,顺达快递向受到影响的每一位客户诚挚道歉。我们已成立专项应急小组,将在 2 小时内公布处理方案,并在 48 小时内处理完毕全部相关投诉。",
            apology);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_a_placeholder_inside_a_typed_plan_is_not_filled_in()
    {
        var text = new ServiceScripts(_options).MassComplaintNotification("派送延误", "每单补偿 {company} 优惠券 10 元");

        Assert.Contains("统一处理方案是:每单补偿 {company} 优惠券 10 元。", text);
        Assert.StartsWith("您好,这里是顺达快递客服。", text);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void A_configured_sentence_replaces_the_default_and_a_blank_one_keeps_it()
    {
        var configured = new ScriptOptions { OutageCustomerMessage = "系统维护中,约 {minutes} 分钟后恢复,{company}稍后回电。" };
        Assert.Equal("系统维护中,约 30 分钟后恢复,顺达稍后回电。", new ServiceScripts(_options, configured).OutageCustomerMessage);

        var blank = new ScriptOptions { OutageCustomerMessage = " " };
        Assert.Equal(new ServiceScripts(_options).OutageCustomerMessage, new ServiceScripts(_options, blank).OutageCustomerMessage);
    }

    [Fact]
    public void An_unknown_placeholder_stays_visible_so_a_typo_shows()
    {
        var configured = new ScriptOptions { WeatherWarning = "{compnay}快递:天气原因延误" };

        Assert.Equal("{compnay}快递:天气原因延误", new ServiceScripts(_options, configured).WeatherWarning);
    }
}
