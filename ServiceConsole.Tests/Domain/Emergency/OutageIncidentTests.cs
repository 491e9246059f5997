using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Emergency;

public sealed class OutageIncidentTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly PolicyOptions _options = new();

    private OutageIncident Start(bool isDrill = false) =>
        OutageIncident.Start(Guid.NewGuid(), "A001", "物流系统无法查询", isDrill, _options, _clock.GetUtcNow());

    private OutageWaitingCustomer Wait(OutageIncident outage, string name = "王女士", string phone = "13800138000", DateTimeOffset? at = null) =>
        outage.RecordWaitingCustomer(Guid.NewGuid(), name, phone, "YD4312345678901", "查件", "A003", at ?? _clock.GetUtcNow());

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_an_outage_records_who_noticed_it_and_its_report_and_estimate_deadlines()
    {
        var outage = Start();

        Assert.Equal(("A001", _clock.GetUtcNow()), (outage.NoticedBy, outage.StartedAt));
        Assert.Equal(_clock.GetUtcNow().AddMinutes(5), outage.ReportDueAt);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(30), outage.EstimatedRestoreAt);
        Assert.Equal(ClockOutcome.Pending, outage.ReportClock.OutcomeAt(_clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_an_acknowledgement_at_the_fifth_minute_is_in_time()
    {
        var outage = Start();
        _clock.Advance(TimeSpan.FromMinutes(5));

        outage.Acknowledge("S001", _clock.GetUtcNow());

        Assert.Equal(("S001", (DateTimeOffset?)_clock.GetUtcNow()), (outage.AcknowledgedBy, outage.AcknowledgedAt));
        Assert.Empty(outage.Breaches);
        Assert.Equal(ClockOutcome.Met, outage.ReportClock.OutcomeAt(_clock.GetUtcNow().AddHours(1)));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_an_acknowledgement_one_second_late_is_a_breach_recorded_once()
    {
        var outage = Start();
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.Single(outage.RecordDueBreaches(_clock.GetUtcNow()));
        Assert.Empty(outage.RecordDueBreaches(_clock.GetUtcNow().AddMinutes(1)));
        outage.Acknowledge("S001", _clock.GetUtcNow().AddMinutes(2));

        var breach = Assert.Single(outage.Breaches);
        Assert.Equal(("EMG-02", EmergencyClocks.Report, outage.ReportDueAt), (breach.RuleId, breach.Clock, breach.DueAt));
        Assert.Equal(ClockOutcome.Missed, outage.ReportClock.OutcomeAt(_clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_a_late_acknowledgement_alone_records_the_breach()
    {
        var outage = Start();

        outage.Acknowledge("S001", _clock.GetUtcNow().AddMinutes(6));

        Assert.Equal(EmergencyClocks.Report, Assert.Single(outage.Breaches).Clock);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_the_report_clock_follows_the_option()
    {
        _options.Emergency.OutageReportMinutes = 10;
        var outage = Start();

        Assert.Empty(outage.RecordDueBreaches(_clock.GetUtcNow().AddMinutes(10)));
        Assert.Single(outage.RecordDueBreaches(_clock.GetUtcNow().AddMinutes(10).AddSeconds(1)));
    }

    [Fact]
    public void An_outage_is_acknowledged_once()
    {
        var outage = Start();
        outage.Acknowledge("S001", _clock.GetUtcNow());

        Assert.Throws<InvalidTransitionException>(() => outage.Acknowledge("S002", _clock.GetUtcNow()));
        Assert.Equal("S001", outage.AcknowledgedBy);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_each_waiting_customer_gets_a_recovery_callback_due_one_hour_after_the_restore()
    {
        var outage = Start();
        var wang = Wait(outage);
        Wait(outage, "李先生", "13900139000");
        _clock.Advance(TimeSpan.FromMinutes(40));

        var tasks = outage.Restore("系统已恢复", "S001", _options, _clock.GetUtcNow());

        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal((CallbackKind.Recovery, _clock.GetUtcNow().AddHours(1), "A003"), (t.Kind, t.DueAt, t.AgentCode)));
        Assert.Equal(tasks[0].Id, wang.CallbackTaskId);
        Assert.Contains("王女士 13800138000", tasks[0].Note);
        Assert.Equal(("系统已恢复", "S001"), (outage.RestoredNotice, outage.RestoredBy));
        Assert.True(outage.IsRestored);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_a_recovery_callback_at_the_hour_is_in_time_and_a_second_later_is_a_breach()
    {
        var outage = Start();
        Wait(outage);
        Wait(outage, "李先生", "13900139000");
        var restored = _clock.GetUtcNow().AddMinutes(20);
        var tasks = outage.Restore("系统已恢复", "S001", _options, restored);

        tasks[0].Complete(restored.AddHours(1), null);
        tasks[1].Complete(restored.AddHours(1).AddSeconds(1), null);

        Assert.Equal([false, true], tasks.Select(t => t.Breached));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_a_customer_listed_twice_gets_one_callback()
    {
        var outage = Start();
        var first = Wait(outage, phone: "13800138000");
        var second = Wait(outage, phone: "138-0013-8000");

        var task = Assert.Single(outage.Restore("系统已恢复", "S001", _options, _clock.GetUtcNow()));

        Assert.Equal(task.Id, first.CallbackTaskId);
        Assert.Equal(task.Id, second.CallbackTaskId);
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_a_paper_form_typed_in_after_recovery_gets_its_callback_once()
    {
        var outage = Start();
        var restored = _clock.GetUtcNow().AddMinutes(30);
        Assert.Empty(outage.Restore("系统已恢复", "S001", _options, restored));

        var line = Wait(outage, at: restored);
        var tasks = outage.CreateMissingCallbacks(restored.AddMinutes(10));

        Assert.Equal(restored.AddHours(1), Assert.Single(tasks).DueAt);
        Assert.Equal(tasks[0].Id, line.CallbackTaskId);
        Assert.Empty(outage.CreateMissingCallbacks(restored.AddMinutes(11)));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void EMG_02_the_waiting_list_holds_only_customers_met_while_the_system_was_down()
    {
        var outage = Start();
        var restored = _clock.GetUtcNow().AddMinutes(30);
        outage.Restore("系统已恢复", "S001", _options, restored);

        Assert.Throws<ArgumentOutOfRangeException>(() => Wait(outage, at: restored.AddSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Wait(outage, at: outage.StartedAt.AddSeconds(-1)));
        Assert.Throws<InvalidTransitionException>(() => outage.Restore("again", "S001", _options, restored));
    }

    [Fact]
    public void Recovery_callbacks_wait_for_the_restore() =>
        Assert.Throws<InvalidTransitionException>(() => Start().CreateMissingCallbacks(_clock.GetUtcNow()));

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_drill_outage_lists_only_generated_customers_and_its_callbacks_are_drill_tasks()
    {
        var outage = Start(isDrill: true);
        var customer = DrillCustomerGenerator.Generate(3, 1)[0];

        Assert.Equal("customerPhone", Assert.Throws<ArgumentException>(() => Wait(outage)).ParamName);
        Wait(outage, customer.Name, customer.Phone);

        Assert.True(Assert.Single(outage.Restore("演练:系统已恢复", "S001", _options, _clock.GetUtcNow())).IsDrill);
    }
}
