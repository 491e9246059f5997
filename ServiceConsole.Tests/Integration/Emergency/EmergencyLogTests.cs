using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Tests.Integration.Emergency;

/// <summary>EMG-07 on the real database: the coordinator screen's switch and its change log, newest first.</summary>
public sealed class EmergencyLogTests(EmergencyLogTests.Factory factory) : IClassFixture<EmergencyLogTests.Factory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Coordinator = new("coordinator", null, false);

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    private ICoordinatorService Service => factory.Services.GetRequiredService<ICoordinatorService>();

    private async Task StepAsync(Func<ICoordinatorService, Task<OperationResult<EmergencyModeResource>>> change)
    {
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var result = await change(Service);
        Assert.True(result.Succeeded, result.Detail ?? string.Join("; ", result.Errors?.Values.SelectMany(v => v) ?? []));
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_07_every_switch_is_logged_with_who_when_and_why_and_read_back_newest_first()
    {
        await StepAsync(s => s.ActivateAsync("weather", new("台风预警", null, false, null), Coordinator));
        await StepAsync(s => s.ActivateAsync("weather", new("台风登陆", "response", false, null), Coordinator));
        await StepAsync(s => s.DeactivateAsync("weather", new("台风过境"), Coordinator));
        await StepAsync(s => s.ActivateAsync("outage", new("月度演练", null, true, null), new Actor("trainer", null, false)));
        var refused = await Service.DeactivateAsync("outage", new("  "), Coordinator);

        var log = await Service.GetLogAsync(50);

        Assert.False(refused.Succeeded);
        Assert.Equal(
            [("outage", "activate", null, true), ("weather", "deactivate", null, false), ("weather", "phase", "response", false), ("weather", "activate", "warning", false)],
            log.Select(e => (e.Mode, e.Action, e.Phase, e.Drill)));
        Assert.Equal(["trainer", "coordinator", "coordinator", "coordinator"], log.Select(e => e.Actor));
        Assert.Equal(["月度演练", "台风过境", "台风登陆", "台风预警"], log.Select(e => e.Reason));
        Assert.Equal([Start.AddMinutes(40), Start.AddMinutes(30), Start.AddMinutes(20), Start.AddMinutes(10)], log.Select(e => e.At));
        Assert.Equal(["outage", "weather"], (await Service.GetLogAsync(2)).Select(e => e.Mode));

        await StepAsync(s => s.DeactivateAsync("outage", new("演练结束"), Coordinator));
    }
}
