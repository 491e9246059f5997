using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;

namespace ServiceConsole.Tests.Domain.Scripts;

public sealed class ServiceScriptsTests
{
    [Fact]
    [Trait("Rule", "SVC-04")]
    public void SVC_04_the_greeting_names_the_configured_company()
    {
        var options = new PolicyOptions();
        options.Service.CompanyName = "迅达";

        Assert.Equal("您好,迅达快递客服,很高兴为您服务,请问有什么可以帮您?", new ServiceScripts(options).Greeting);
    }

    [Fact]
    [Trait("Rule", "SVC-04")]
    public void SVC_04_the_service_ends_with_the_closing_question_and_the_farewell_with_the_company_name()
    {
        var scripts = new ServiceScripts(new PolicyOptions());

        Assert.Equal("请问还有其他需要帮您的吗?", scripts.ClosingQuestion);
        Assert.Equal("感谢您选择顺达快递,祝您生活愉快", scripts.Farewell);
        Assert.Equal([scripts.Greeting, scripts.ClosingQuestion, scripts.Farewell], scripts.RequiredTranscriptSentences);
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_the_promise_sentence_follows_the_configured_hours()
    {
        var options = new PolicyOptions();

        Assert.Equal("会在 1 小时内给您回复", new ServiceScripts(options).Promise);
        options.Service.PromiseCallbackHours = 2;
        Assert.Equal("会在 2 小时内给您回复", new ServiceScripts(options).Promise);
    }

    [Fact]
    [Trait("Rule", "CMP-13")]
    public void CMP_13_the_apology_script_apologises_before_anything_is_verified()
    {
        var apology = new ServiceScripts(new PolicyOptions()).Apology;

        Assert.StartsWith("非常抱歉", apology);
        Assert.Contains("核实", apology);
    }

    [Fact]
    [Trait("Rule", "INF-02")]
    public void INF_02_the_privacy_sentence_is_the_policy_wording()
    {
        Assert.Equal("您的信息仅用于快递服务,我们会严格保密", new ServiceScripts(new PolicyOptions()).PrivacyNotice);
    }
}
