using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Training;

namespace ServiceConsole.Tests.Domain.Training;

public sealed class TrainingAssignmentTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

    private TrainingAssignment Assign(RequiredTrainingKind kind = RequiredTrainingKind.Remedial, string rule = "TRN-05") =>
        TrainingAssignment.Assign(Guid.NewGuid(), "A101", kind, rule, "assessment:2026-11", "11 月考核不合格", 3, "system", _clock.GetUtcNow());

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_a_remedial_training_is_assigned_for_its_days_and_ends_with_a_pass()
    {
        var assignment = Assign();
        _clock.Advance(TimeSpan.FromDays(3));

        assignment.Pass(72.5, "复核通过", "trainer", _clock.GetUtcNow());

        Assert.Equal(TrainingAssignmentStatus.Passed, assignment.Status);
        Assert.Equal(3, assignment.Days);
        Assert.Equal(assignment.AssignedAt.AddDays(3), assignment.PlannedEnd);
        Assert.Equal(72.5, assignment.Score);
        Assert.Null(assignment.SuspendedUntil);
        Assert.Equal("trainer", assignment.DecidedBy);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public void TRN_06_failing_the_remedial_training_suspends_for_the_given_days_under_TRN_06()
    {
        var assignment = Assign();
        _clock.Advance(TimeSpan.FromDays(3));

        assignment.Fail(48, null, "trainer", _clock.GetUtcNow(), suspensionDays: 7);

        Assert.Equal(TrainingAssignmentStatus.Failed, assignment.Status);
        Assert.Equal(_clock.GetUtcNow().AddDays(7), assignment.SuspendedUntil);
        Assert.Equal("TRN-06", assignment.FailRuleId);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_failing_the_service_norm_training_suspends_under_SVC_11()
    {
        var assignment = Assign(RequiredTrainingKind.ServiceNorm, "SVC-11");

        assignment.Fail(null, "态度仍不合规范", "trainer", _clock.GetUtcNow(), suspensionDays: 7);

        Assert.Equal("SVC-11", assignment.FailRuleId);
        Assert.Equal(_clock.GetUtcNow().AddDays(7), assignment.SuspendedUntil);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_a_result_is_recorded_once()
    {
        var assignment = Assign();
        assignment.Pass(80, null, "trainer", _clock.GetUtcNow());

        var again = Assert.Throws<InvalidTransitionException>(() => assignment.Fail(40, null, "trainer", _clock.GetUtcNow(), 7));
        var twice = Assert.Throws<InvalidTransitionException>(() => assignment.Pass(90, null, "trainer", _clock.GetUtcNow()));

        Assert.Equal("passed", again.CurrentStatus);
        Assert.Equal("pass", twice.Action);
        Assert.Equal(80, assignment.Score);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void A_score_outside_0_to_100_is_refused_and_nothing_is_decided(double score)
    {
        var assignment = Assign();

        Assert.Throws<ArgumentOutOfRangeException>(() => assignment.Pass(score, null, "trainer", _clock.GetUtcNow()));

        Assert.Equal(TrainingAssignmentStatus.Assigned, assignment.Status);
    }

    [Fact]
    public void An_assignment_needs_its_agent_rule_cause_and_days()
    {
        var at = _clock.GetUtcNow();
        Assert.Throws<ArgumentException>(() => TrainingAssignment.Assign(Guid.NewGuid(), " ", RequiredTrainingKind.Remedial, "TRN-05", "k", "r", 3, "system", at));
        Assert.Throws<ArgumentException>(() => TrainingAssignment.Assign(Guid.NewGuid(), "A1", RequiredTrainingKind.Remedial, "TRN-05", "", "r", 3, "system", at));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingAssignment.Assign(Guid.NewGuid(), "A1", RequiredTrainingKind.Remedial, "TRN-05", "k", "r", 0, "system", at));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingAssignment.Assign(Guid.NewGuid(), "A1", (RequiredTrainingKind)9, "TRN-05", "k", "r", 3, "system", at));
    }
}
