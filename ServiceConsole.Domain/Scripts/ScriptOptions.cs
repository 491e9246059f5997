namespace ServiceConsole.Domain.Scripts;

/// <summary>Settings of the service scripts and checklists (section <c>Policy:Scripts</c>).</summary>
public sealed class ScriptOptions
{
    public const string SectionName = "Policy:Scripts";

    /// <summary>
    /// SVC-06: the default prohibited-items list (禁寄物品), matched as words contained in the item type.
    /// </summary>
    public static IReadOnlyList<string> DefaultProhibitedItems { get; } =
    [
        "枪支", "弹药", "管制刀具", "爆炸物", "烟花爆竹", "易燃", "易爆", "汽油", "酒精",
        "毒品", "放射性", "腐蚀性", "剧毒", "活体动物", "现金", "假币",
    ];

    /// <summary>
    /// A configured list replaces the default one. Null or empty keeps the default, because the
    /// configuration binder appends to an initialised array instead of replacing it.
    /// </summary>
    public string[]? ProhibitedItems { get; set; }

    public IReadOnlyList<string> EffectiveProhibitedItems =>
        ProhibitedItems is { Length: > 0 } configured
            ? [.. configured.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => item.Trim())]
            : DefaultProhibitedItems;

    // EMG-01…04: the emergency sentences. {company} is the configured company name; the other
    // placeholders are named on each property. A blank value keeps the default wording.

    /// <summary>EMG-01 warning phase: every agent gets this delay sentence. Placeholders: {company}.</summary>
    public string WeatherWarning { get; set; } =
        "受恶劣天气影响,{company}快递部分地区的快件可能出现延误。我们正在密切关注天气变化,会尽快恢复运输,给您带来不便非常抱歉,感谢您的理解。";

    /// <summary>EMG-01 response phase. Placeholders: {company}, {hub}, {minDays}, {maxDays}.</summary>
    public string WeatherResponse { get; set; } =
        "受恶劣天气影响,您的快件目前滞留在{hub},预计延误 {minDays}–{maxDays} 天,天气好转后我们会第一时间安排派送。如需退回或改寄,我可以现在为您登记。";

    /// <summary>EMG-01 recovery phase: said on the recovery callback. Placeholders: {company}.</summary>
    public string WeatherRecoveryCallback { get; set; } =
        "您好,这里是{company}快递客服。此前受恶劣天气影响延误的快件已恢复运输,我们正在加紧派送。请问您的快件是否已收到?还有其他需要帮您的吗?";

    /// <summary>EMG-02: told to every customer while the system is down. Placeholders: {company}, {minutes}.</summary>
    public string OutageCustomerMessage { get; set; } =
        "非常抱歉,我们的系统正在紧急维修,预计 {minutes} 分钟内恢复。我先为您记录联系方式和问题,系统恢复后会第一时间联系您。";

    /// <summary>EMG-02: said on the callback to a customer who waited during the outage. Placeholders: {company}.</summary>
    public string OutageRecoveryCallback { get; set; } =
        "您好,这里是{company}快递客服。之前系统维修给您带来了不便,非常抱歉。系统现已恢复,关于您之前咨询的问题,我现在为您处理。";

    /// <summary>EMG-02: the "system restored" notice. Placeholders: {company}, {time}, {hours}.</summary>
    public string OutageRestoredNotice { get; set; } =
        "系统已于 {time} 恢复正常,故障期间登记的客户将在 {hours} 小时内收到回电。给您带来的不便,{company}快递深表歉意,感谢您的耐心等待。";

    /// <summary>EMG-04: the unified apology notice published when mass-complaint mode opens. Placeholders: {company}, {issue}, {planHours}, {resolveHours}.</summary>
    public string MassComplaintApology { get; set; } =
        "关于近期{issue}的问题,{company}快递向受到影响的每一位客户诚挚道歉。我们已成立专项应急小组,将在 {planHours} 小时内公布处理方案,并在 {resolveHours} 小时内处理完毕全部相关投诉。";

    /// <summary>EMG-04: what every complainant is told by phone or SMS. Placeholders: {company}, {issue}, {plan}.</summary>
    public string MassComplaintNotification { get; set; } =
        "您好,这里是{company}快递客服。关于您反映的{issue}问题,我们的统一处理方案是:{plan}。给您带来不便,非常抱歉。";
}
