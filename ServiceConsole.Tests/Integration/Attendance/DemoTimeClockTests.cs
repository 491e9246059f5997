using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Demo;
using ServiceConsole.Web.Features.Attendance;

namespace ServiceConsole.Tests.Integration.Attendance;

/// <summary>
/// GEN-03 in the demo: the time clocks punch live through the ingest the punch API uses, on a fake clock from 07:30
/// on Tuesday 2026-12-01 in the centre (the seeded day has no punches yet): clock-ins before 08:00, none made up
/// later, clock-outs after 17:30 for the agents on duty, and the day then reads on time.
/// </summary>
public sealed class DemoTimeClockTests(DemoTimeClockTests.Factory factory) : IClassFixture<DemoTimeClockTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Time = Clock;
        }

        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));
    }

    private async Task<int> PassEachMinuteUntilAsync(DemoTimeClock clock, int hour, int minute)
    {
        var until = new DateTimeOffset(2026, 12, 1, hour, minute, 0, TimeSpan.FromHours(8));
        var sent = 0;
        while (factory.Clock.GetUtcNow() < until)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            sent += await clock.PassAsync(CancellationToken.None);
        }

        return sent;
    }

    private async Task<List<Punch>> LivePunchesAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Punches.AsNoTracking().Where(p => p.ExternalId != null && p.ExternalId.StartsWith("demo-live-")).ToListAsync();
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_the_demo_clocks_punch_in_before_the_shift_and_out_after_it_live_and_never_make_up_a_missed_punch()
    {
        var clock = factory.Services.GetRequiredService<DemoTimeClock>();
        List<string> onDuty;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
        {
            onDuty = await db.Agents.AsNoTracking().Where(a => a.Hold == DutyHold.None).Select(a => a.Code).ToListAsync();
        }

        Assert.Equal(0, await clock.PassAsync(CancellationToken.None)); // 07:30: nothing due yet
        var ins = await PassEachMinuteUntilAsync(clock, 8, 0);
        var morning = await LivePunchesAsync();

        Assert.Equal(onDuty.Count, ins);
        Assert.All(morning, p => Assert.Equal(PunchKind.In, p.Kind));
        Assert.Equal(onDuty.Order(), morning.Select(p => p.AgentCode).Order());
        Assert.All(morning, p => Assert.InRange(p.At, new DateTimeOffset(2026, 12, 1, 7, 46, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 1, 7, 58, 0, TimeSpan.FromHours(8))));
        Assert.Equal(0, await clock.PassAsync(CancellationToken.None)); // idempotent: each agent clocks in once

        // A clock-in voided by a supervisor is not made up hours later: the agent stays without one.
        var a001In = morning.Single(p => p.AgentCode == "A001");
        var hr = new AttendanceViewer(new Actor("hr", null, false), AllTeams: true, IsSupervisor: false, IsHr: true);
        var attendance = factory.Services.GetRequiredService<AttendanceService>();
        Assert.True((await attendance.VoidAsync(a001In.Id, new PunchVoidRequest("测试"), hr)).Succeeded);
        Assert.Equal(0, await PassEachMinuteUntilAsync(clock, 10, 0));

        var outs = await PassEachMinuteUntilAsync(clock, 17, 50);
        var evening = (await LivePunchesAsync()).Where(p => p.Kind == PunchKind.Out).ToList();

        Assert.Equal(onDuty.Count - 1, outs); // everyone on duty, not A001 who never clocked in
        Assert.DoesNotContain(evening, p => p.AgentCode == "A001");
        Assert.All(evening, p => Assert.InRange(p.At, new DateTimeOffset(2026, 12, 1, 17, 32, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 1, 17, 43, 0, TimeSpan.FromHours(8))));
        var a002 = (await attendance.GetMonthAsync("A002", "2026-12", hr)).Value!.Days.Single(d => d.Date == new DateOnly(2026, 12, 1));
        Assert.Equal("on-time", a002.Status);
        Assert.Equal(2, a002.Punches.Count);
    }
}
