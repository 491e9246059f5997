using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Tests.Domain.Emergency;

public sealed class EmergencyModeStateTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();

    [Fact]
    public void A_mode_starts_inactive()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Outage);

        Assert.Equal(EmergencyMode.Outage, state.Mode);
        Assert.False(state.Active);
        Assert.Null(state.Phase);
        Assert.Null(state.Since);
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    public void EMG_07_activation_records_who_when_and_why()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Outage);

        var entry = state.Activate("Logistics system down", null, false, null, "L001", _clock.GetUtcNow());

        Assert.True(state.Active);
        Assert.Equal(_clock.GetUtcNow(), state.Since);
        Assert.Equal(("Logistics system down", "L001", _clock.GetUtcNow()), (state.Reason, state.ChangedBy, state.ChangedAt));
        Assert.Null(state.Phase);
        Assert.Equal(
            (EmergencyMode.Outage, "activate", (EmergencyPhase?)null, false, "Logistics system down", "L001", _clock.GetUtcNow()),
            (entry.Mode, entry.Action, entry.Phase, entry.Drill, entry.Reason, entry.Actor, entry.At));
    }

    [Theory]
    [Trait("Rule", "EMG-07")]
    [InlineData("")]
    [InlineData("   ")]
    public void EMG_07_a_mode_change_without_a_reason_is_refused(string reason)
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Weather);

        var ex = Assert.Throws<ArgumentException>(() => state.Activate(reason, null, false, null, "L001", _clock.GetUtcNow()));

        Assert.Equal("reason", ex.ParamName);
        Assert.False(state.Active);
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    public void EMG_07_deactivation_needs_a_reason_too()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Outage);
        state.Activate("down", null, false, null, "L001", _clock.GetUtcNow());

        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => state.Deactivate("", "L001", _clock.GetUtcNow())).ParamName);
        Assert.True(state.Active);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_weather_mode_starts_at_warning_and_walks_its_phases()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Weather);

        state.Activate("Typhoon warning for Zhejiang", null, false, null, "L001", _clock.GetUtcNow());
        Assert.Equal(EmergencyPhase.Warning, state.Phase);
        var since = state.Since;

        _clock.Advance(TimeSpan.FromHours(6));
        var entry = state.Activate("Typhoon landed; Hangzhou hub closed", EmergencyPhase.Response, false, null, "L001", _clock.GetUtcNow());

        Assert.Equal(("phase", (EmergencyPhase?)EmergencyPhase.Response), (entry.Action, entry.Phase));
        Assert.Equal(EmergencyPhase.Response, state.Phase);
        Assert.Equal(since, state.Since);
        Assert.Equal("Typhoon landed; Hangzhou hub closed", state.Reason);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    [Trait("Rule", "EMG-07")]
    public void EMG_03_mass_complaint_mode_keeps_the_issue_that_triggered_it()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.MassComplaint);

        var entry = state.Activate("21 complaints in 38 minutes", null, false, "delay:HZ-XH-01", "system", _clock.GetUtcNow());

        Assert.Equal("delay:HZ-XH-01", state.IssueKey);
        Assert.Equal("delay:HZ-XH-01", entry.IssueKey);
        Assert.Null(state.Phase);
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    public void EMG_07_deactivation_is_logged_and_clears_the_state()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.MassComplaint);
        state.Activate("burst", null, true, "delay:HZ-XH-01", "L001", _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromHours(2));

        var entry = state.Deactivate("All complaints answered", "L001", _clock.GetUtcNow());

        Assert.Equal(("deactivate", true, "delay:HZ-XH-01", _clock.GetUtcNow()), (entry.Action, entry.Drill, entry.IssueKey, entry.At));
        Assert.False(state.Active);
        Assert.False(state.Drill);
        Assert.Null(state.Phase);
        Assert.Null(state.Since);
        Assert.Equal("All complaints answered", state.Reason);
    }

    [Fact]
    public void Deactivating_an_inactive_mode_is_an_invalid_transition()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Outage);

        var ex = Assert.Throws<InvalidTransitionException>(() => state.Deactivate("why not", "L001", _clock.GetUtcNow()));

        Assert.Equal(("deactivate", "inactive"), (ex.Action, ex.CurrentStatus));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_drill_is_marked_as_a_drill()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Outage);

        var entry = state.Activate("Monthly outage drill", null, drill: true, null, "L001", _clock.GetUtcNow());

        Assert.True(state.Drill);
        Assert.True(entry.Drill);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_drill_cannot_take_over_a_real_emergency()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Outage);
        state.Activate("Real outage", null, drill: false, null, "L001", _clock.GetUtcNow());

        var ex = Assert.Throws<InvalidTransitionException>(() => state.Activate("Monthly drill", null, drill: true, null, "L002", _clock.GetUtcNow()));

        Assert.Equal("active", ex.CurrentStatus);
        Assert.False(state.Drill);
        Assert.Equal("Real outage", state.Reason);
    }
}
