using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Drills;

public sealed class DrillScheduleTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly PolicyOptions _options = new();

    private DrillSchedule Create(string? cron = null, bool enabled = true) =>
        DrillSchedule.Create(Guid.NewGuid(), EmergencyMode.Outage, cron, enabled, null, _options, "T001", _clock.GetUtcNow());

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_new_schedule_runs_monthly_by_the_configured_default()
    {
        Assert.Equal("0 0 10 15 * ?", Create().CronExpression);

        _options.Emergency.DrillCron = "0 0 9 1 * ?";
        Assert.Equal("0 0 9 1 * ?", Create(cron: "  ").CronExpression);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_trainer_edits_the_mode_time_and_switch_and_is_recorded()
    {
        var schedule = Create();
        _clock.Advance(TimeSpan.FromDays(3));

        schedule.Edit(EmergencyMode.MassComplaint, " 0  30 14   20 * ? ", enabled: false, "演练群体投诉", "T002", _clock.GetUtcNow());

        Assert.Equal((EmergencyMode.MassComplaint, "0 30 14 20 * ?", false), (schedule.Mode, schedule.CronExpression, schedule.Enabled));
        Assert.Equal(("演练群体投诉", "T002", _clock.GetUtcNow()), (schedule.Note, schedule.EditedBy, schedule.EditedAt));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_schedule_without_a_time_is_refused()
    {
        var schedule = Create();

        Assert.Equal("cronExpression", Assert.Throws<ArgumentException>(
            () => schedule.Edit(EmergencyMode.Outage, " ", true, null, "T001", _clock.GetUtcNow())).ParamName);
        Assert.Equal("0 0 10 15 * ?", schedule.CronExpression);
    }

    [Fact]
    public void A_cron_expression_is_at_most_120_characters()
    {
        var schedule = Create();
        var longest = "0 0 10 15 * ? " + new string('1', DrillSchedule.MaxCronLength - 14);

        schedule.Edit(EmergencyMode.Outage, longest, true, null, "T001", _clock.GetUtcNow());
        Assert.Throws<ArgumentException>(() => schedule.Edit(EmergencyMode.Outage, longest + "1", true, null, "T001", _clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_disabled_schedule_does_not_run()
    {
        var schedule = Create(enabled: false);
        Assert.Throws<InvalidTransitionException>(() => schedule.RecordRun(_clock.GetUtcNow()));
        Assert.Null(schedule.LastRunAt);

        schedule.Edit(schedule.Mode, schedule.CronExpression, enabled: true, null, "T001", _clock.GetUtcNow());
        schedule.RecordRun(_clock.GetUtcNow());
        Assert.Equal(_clock.GetUtcNow(), schedule.LastRunAt);
    }
}
