using System.Globalization;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Scripts;

/// <summary>
/// The sentences an agent says to the customer, word for word: the greeting and the closing pair
/// (SVC-04) with the configured company name, the 1-hour promise (SVC-05), the apology that opens
/// every complaint (CMP-13) and the privacy sentence said when data is collected (INF-02). They are
/// spoken to Chinese customers, so they are Chinese whatever language the console shows.
/// The emergency sentences (EMG-01…04) come from <see cref="ScriptOptions"/> with their
/// <c>{placeholders}</c> filled from the policy numbers, so a changed estimate changes the words.
/// </summary>
public sealed class ServiceScripts(PolicyOptions options, ScriptOptions? scripts = null)
{
    private static readonly ScriptOptions _defaultScripts = new();

    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly ScriptOptions _scripts = scripts ?? _defaultScripts;

    private string Company => _options.Service.CompanyName.Trim();

    /// <summary>SVC-04: the first sentence of every contact.</summary>
    public string Greeting => $"您好,{Company}快递客服,很高兴为您服务,请问有什么可以帮您?";

    /// <summary>SVC-04: asked before the contact ends.</summary>
    public string ClosingQuestion => "请问还有其他需要帮您的吗?";

    /// <summary>SVC-04: the last sentence of every contact.</summary>
    public string Farewell => $"感谢您选择{Company}快递,祝您生活愉快";

    /// <summary>SVC-05: the promise for a question that cannot be answered at once; the hours follow the policy.</summary>
    public string Promise => $"会在 {_options.Service.PromiseCallbackHours} 小时内给您回复";

    /// <summary>CMP-13: calms an upset customer before any detail is verified.</summary>
    public string Apology =>
        "非常抱歉给您带来了不便,您的心情我完全理解。请您放心,我会认真记录您反映的问题,核实后尽快给您一个满意的答复。";

    /// <summary>INF-02: said whenever the customer's data is collected.</summary>
    public string PrivacyNotice => "您的信息仅用于快递服务,我们会严格保密";

    /// <summary>SVC-04: the sentences an online transcript must contain, in the order they are said.</summary>
    public IReadOnlyList<string> RequiredTranscriptSentences => [Greeting, ClosingQuestion, Farewell];

    /// <summary>EMG-01 warning: the delay sentence pushed to every agent.</summary>
    public string WeatherWarning => Render(_scripts.WeatherWarning, _defaultScripts.WeatherWarning);

    /// <summary>EMG-01 response: names the hub where the parcels wait and the configured 2–3 day estimate.</summary>
    public string WeatherResponse(string hub)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hub);
        var e = _options.Emergency;
        return Render(
            _scripts.WeatherResponse,
            _defaultScripts.WeatherResponse,
            ("hub", hub.Trim()),
            ("minDays", e.WeatherEstimateMinDays.ToString(CultureInfo.InvariantCulture)),
            ("maxDays", e.WeatherEstimateMaxDays.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>EMG-01 recovery: said on each recovery callback.</summary>
    public string WeatherRecoveryCallback => Render(_scripts.WeatherRecoveryCallback, _defaultScripts.WeatherRecoveryCallback);

    /// <summary>
    /// EMG-01: the script agents get in a phase of natural-disaster mode. The response phase needs
    /// the hub, because a delay answer without the place the parcel waits is what the policy forbids.
    /// </summary>
    public string WeatherScript(EmergencyPhase phase, string? hub) => phase switch
    {
        EmergencyPhase.Warning => WeatherWarning,
        EmergencyPhase.Response => WeatherResponse(hub ?? throw new ArgumentNullException(nameof(hub), "The response script names the hub (EMG-01).")),
        EmergencyPhase.Recovery => WeatherRecoveryCallback,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase."),
    };

    /// <summary>EMG-02: told to customers while the system is down, with the configured 30-minute estimate.</summary>
    public string OutageCustomerMessage => Render(
        _scripts.OutageCustomerMessage,
        _defaultScripts.OutageCustomerMessage,
        ("minutes", _options.Emergency.OutageEstimateMinutes.ToString(CultureInfo.InvariantCulture)));

    /// <summary>EMG-02: said on the callback to a customer who waited during the outage.</summary>
    public string OutageRecoveryCallback => Render(_scripts.OutageRecoveryCallback, _defaultScripts.OutageRecoveryCallback);

    /// <summary>
    /// EMG-02: the "system restored" notice. <paramref name="restoredAt"/> is printed in its own
    /// offset, so the caller passes it already in the centre's time zone.
    /// </summary>
    public string OutageRestoredNotice(DateTimeOffset restoredAt) => Render(
        _scripts.OutageRestoredNotice,
        _defaultScripts.OutageRestoredNotice,
        ("time", restoredAt.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture)),
        ("hours", _options.Emergency.OutageRecoveryCallbackHours.ToString(CultureInfo.InvariantCulture)));

    /// <summary>EMG-04: the unified apology notice, published the moment mass-complaint mode opens.</summary>
    public string MassComplaintApology(string issue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issue);
        var e = _options.Emergency;
        return Render(
            _scripts.MassComplaintApology,
            _defaultScripts.MassComplaintApology,
            ("issue", issue.Trim()),
            ("planHours", e.MassComplaintPlanHours.ToString(CultureInfo.InvariantCulture)),
            ("resolveHours", e.MassComplaintResolveHours.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>EMG-04: what each complainant is told by phone or SMS once the plan is published.</summary>
    public string MassComplaintNotification(string issue, string plan)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issue);
        ArgumentException.ThrowIfNullOrWhiteSpace(plan);
        return Render(
            _scripts.MassComplaintNotification, _defaultScripts.MassComplaintNotification, ("issue", issue.Trim()), ("plan", plan.Trim()));
    }

    private string Render(string? configured, string fallback, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var all = new (string Name, string Value)[values.Length + 1];
        all[0] = ("company", Company);
        values.CopyTo(all.AsSpan(1));
        return ScriptTemplate.Render(ScriptTemplate.Pick(configured, fallback), all);
    }
}
