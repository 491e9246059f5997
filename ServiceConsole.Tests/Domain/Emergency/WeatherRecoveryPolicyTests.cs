using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Emergency;

public sealed class WeatherRecoveryPolicyTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly PolicyOptions _options = new();
    private readonly DateTimeOffset _since = DomainFixtures.Start;

    private WeatherRecoveryPolicy Policy => new(_options);

    private WeatherRequest Request(string name, string phone, bool isDrill = false, DateTimeOffset? at = null) =>
        WeatherRequest.Record(
            Guid.NewGuid(), name, phone, "YD4312345678901", WeatherRequestKind.Return, null, null, "A001", at ?? _clock.GetUtcNow(), isDrill);

    private Contact DelayContact(string name, string phone, bool isDrill = false, DateTimeOffset? at = null) =>
        Contact.Receive(
            new ContactIntake(Guid.NewGuid(), "cti-1", Channel.Phone, name, phone, "YD9990001112223", "delay", at ?? _clock.GetUtcNow(), "A007", isDrill),
            new FirstResponsePolicy(_options));

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_recovery_callbacks_are_due_24_hours_after_entering_recovery_not_after_creation()
    {
        var entered = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMinutes(3));
        var customers = Policy.AffectedCustomers([Request("王女士", "13800138000")], [], _since, isDrill: false);

        var task = Assert.Single(Policy.RecoveryCallbacks(Guid.NewGuid(), customers, entered, _clock.GetUtcNow(), isDrill: false));

        Assert.Equal(CallbackKind.Recovery, task.Kind);
        Assert.Equal(entered.AddHours(24), task.DueAt);
        Assert.Equal(_clock.GetUtcNow(), task.CreatedAt);
        Assert.Equal("A001", task.AgentCode);
        Assert.Contains("王女士 13800138000", task.Note);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_a_callback_at_the_24th_hour_is_in_time_and_one_second_later_is_a_breach()
    {
        var entered = _clock.GetUtcNow();
        var customers = Policy.AffectedCustomers([Request("王女士", "13800138000"), Request("李先生", "13900139000")], [], _since, false);
        var tasks = Policy.RecoveryCallbacks(Guid.NewGuid(), customers, entered, entered, false);

        tasks[0].Complete(entered.AddHours(24), "已送达");
        tasks[1].Complete(entered.AddHours(24).AddSeconds(1), "已送达");

        Assert.False(tasks[0].Breached);
        Assert.True(tasks[1].Breached);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_the_callback_window_follows_the_option()
    {
        _options.Emergency.WeatherRecoveryCallbackHours = 12;

        Assert.Equal(_since.AddHours(12), Policy.CallbackDueAt(_since));
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_a_customer_with_a_request_and_delay_calls_is_called_back_once()
    {
        var contact = DelayContact("王女士", "138 0013 8000", at: _clock.GetUtcNow().AddMinutes(5));
        var affected = Policy.AffectedCustomers(
            [Request("王女士", "13800138000", at: _clock.GetUtcNow().AddMinutes(10))],
            [contact, DelayContact("王女士", "138-0013-8000", at: _clock.GetUtcNow().AddMinutes(20)), DelayContact("赵先生", "13700137000")],
            _since,
            false);

        Assert.Equal(["赵先生", "王女士"], affected.Select(a => a.Name));
        var wang = affected[1];
        Assert.Equal("13800138000", wang.Key);
        Assert.Equal(contact.Id, wang.ContactId);
        Assert.Equal("A007", wang.AgentCode);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_only_customers_met_since_the_mode_started_are_affected()
    {
        var affected = Policy.AffectedCustomers(
            [Request("早到的", "13800138001", at: _since.AddSeconds(-1)), Request("准点的", "13800138002", at: _since)],
            [DelayContact("早来电", "13800138003", at: _since.AddMinutes(-30))],
            _since,
            false);

        Assert.Equal(["准点的"], affected.Select(a => a.Name));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_drill_recovery_calls_only_drill_customers_and_a_real_one_only_real_customers()
    {
        var drill = DrillCustomerGenerator.Generate(1, 1)[0];
        IReadOnlyList<WeatherRequest> requests = [Request("王女士", "13800138000"), Request(drill.Name, drill.Phone, isDrill: true)];

        var inDrill = Policy.AffectedCustomers(requests, [], _since, isDrill: true);
        var inReal = Policy.AffectedCustomers(requests, [], _since, isDrill: false);

        Assert.Equal([drill.Phone], inDrill.Select(a => a.Phone));
        Assert.Equal(["13800138000"], inReal.Select(a => a.Phone));
        Assert.True(Assert.Single(Policy.RecoveryCallbacks(Guid.NewGuid(), inDrill, _since, _since, isDrill: true)).IsDrill);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_creating_the_callbacks_twice_gives_the_same_ids_so_nobody_is_called_twice()
    {
        var recovery = Guid.NewGuid();
        var customers = Policy.AffectedCustomers([Request("王女士", "13800138000"), Request("李先生", "13900139000")], [], _since, false);

        var first = Policy.RecoveryCallbacks(recovery, customers, _since, _since, false).Select(t => t.Id).ToList();
        var again = Policy.RecoveryCallbacks(recovery, customers, _since, _since.AddHours(1), false).Select(t => t.Id).ToList();
        var nextStorm = Policy.RecoveryCallbacks(Guid.NewGuid(), customers, _since, _since, false).Select(t => t.Id).ToList();

        Assert.Equal(first, again);
        Assert.Equal(2, first.Distinct().Count());
        Assert.Empty(first.Intersect(nextStorm));
    }
}
