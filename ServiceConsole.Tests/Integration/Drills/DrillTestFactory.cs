using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Drills;

namespace ServiceConsole.Tests.Integration.Drills;

/// <summary>The real console on a fake clock (Monday 16 November 2026, 10:00 in Shanghai), with the drill services at hand.</summary>
public class DrillTestFactory : ConsoleAppFactory
{
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

    public static readonly Actor Trainer = new("trainer", null, false);

    public DrillTestFactory() => Time = Clock;

    public FakeTimeProvider Clock { get; } = new(Start);

    public IDrillScheduleService Drills => Services.GetRequiredService<IDrillScheduleService>();

    public DrillRunner Runner => Services.GetRequiredService<DrillRunner>();

    public ConsoleDbContext Db() => Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();

    /// <summary>A schedule that never fires by itself during a test (switched off unless asked), to run now.</summary>
    public async Task<DrillScheduleView> ScheduleAsync(EmergencyMode mode, bool enabled = false, string? note = null)
    {
        var result = await Drills.SaveAsync(new DrillScheduleEdit(null, mode, "0 0 10 15 * ?", enabled, note), Trainer);
        Assert.True(result.Succeeded, result.Detail);
        return result.Value!;
    }
}
