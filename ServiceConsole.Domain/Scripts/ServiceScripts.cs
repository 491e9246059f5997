using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Scripts;

/// <summary>
/// The sentences an agent says to the customer, word for word: the greeting and the closing pair
/// (SVC-04) with the configured company name, the 1-hour promise (SVC-05), the apology that opens
/// every complaint (CMP-13) and the privacy sentence said when data is collected (INF-02). They are
/// spoken to Chinese customers, so they are Chinese whatever language the console shows.
/// </summary>
public sealed class ServiceScripts(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

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
}
