using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Outage;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>EMG-02/06: a waiting customer is recorded by the signed-in agent; only a paper form's line names another.</summary>
public sealed class OutageWaitingFormTests : ConsoleComponentTest
{
    private readonly Recorder _outages = new();

    public OutageWaitingFormTests() => Services.AddSingleton<IOutageWaitingRecorder>(_outages);

    private static OutageResource Outage() => new(
        Guid.NewGuid(), true, false, Now.AddMinutes(-20), "A001", "工单系统无法登录", Now.AddMinutes(-15), null, null, false,
        Now.AddMinutes(10), "系统故障,预计 30 分钟恢复", null, null, null, null, [], RecoveryProgressResource.None);

    private IRenderedComponent<OutageWaitingForm> RenderForm(Actor actor) =>
        Render<OutageWaitingForm>(p => p.Add(f => f.Outage, Outage()).Add(f => f.Actor, actor));

    private static void FillCustomer(IRenderedComponent<OutageWaitingForm> cut)
    {
        cut.Find("[data-field=customerName] input").Change("钱先生");
        cut.Find("[data-field=customerPhone] input").Change("13400134000");
        cut.Find("[data-field=issue] input").Change("查件");
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_the_signed_in_agent_records_the_line_without_typing_their_own_staff_id()
    {
        var agent = new Actor("agent", "A001", true);
        var cut = RenderForm(agent);

        Assert.True(string.IsNullOrEmpty(cut.Find("[data-field=recordedBy] input").GetAttribute("value")));
        Assert.Equal("登记人:王芳", cut.Find("[data-testid=recorded-by]").TextContent.Trim());
        FillCustomer(cut);
        cut.Find("[data-testid=record-waiting]").Click();

        var (request, sentAs) = Assert.Single(_outages.Recorded);
        Assert.Same(agent, sentAs);
        Assert.Null(request.RecordedBy);
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_a_paper_forms_line_names_the_agent_written_on_it()
    {
        var cut = RenderForm(new Actor("agent", "A001", true));

        FillCustomer(cut);
        cut.Find("[data-field=recordedBy] input").Change("A002");
        cut.Find("[data-testid=record-waiting]").Click();

        Assert.Equal("A002", Assert.Single(_outages.Recorded).Request.RecordedBy);
    }

    private sealed class Recorder : IOutageWaitingRecorder
    {
        public List<(OutageWaitingRequest Request, Actor Actor)> Recorded { get; } = [];

        public Task<OperationResult<OutageWaitingResource>> RecordWaitingAsync(
            OutageWaitingRequest request, Actor actor, CancellationToken cancellationToken = default)
        {
            Recorded.Add((request, actor));
            return Task.FromResult(OperationResult<OutageWaitingResource>.Created(new OutageWaitingResource(
                Guid.NewGuid(), request.CustomerName!, request.CustomerPhone!, request.WaybillNo, request.Issue!,
                request.RecordedBy ?? actor.AgentCode!, Now, null)));
        }
    }
}
