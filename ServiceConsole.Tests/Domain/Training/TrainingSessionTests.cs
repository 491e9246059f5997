using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Training;

namespace ServiceConsole.Tests.Domain.Training;

public sealed class TrainingSessionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

    private TrainingSession Schedule(params string[] attendees) => TrainingSession.Schedule(
        Guid.NewGuid(), "12 月培训", [TrainingTopic.CaseSharing, TrainingTopic.BusinessUpdates, TrainingTopic.CaseSharing],
        _clock.GetUtcNow().AddDays(3), "2026-12", hours: 2, ["PHN-1"], attendees, "trainer", _clock.GetUtcNow());

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_a_session_lasts_its_hours_covers_its_topics_and_expects_each_attendee_once()
    {
        var session = Schedule("A001", "A002", "A001");

        Assert.Equal(session.StartsAt.AddHours(2), session.EndsAt);
        Assert.Equal([TrainingTopic.BusinessUpdates, TrainingTopic.CaseSharing], session.Topics);
        Assert.Equal(["A001", "A002"], session.Attendees.Select(a => a.AgentCode));
        Assert.All(session.Attendees, a => Assert.Equal(AttendanceStatus.Pending, a.Status));
        Assert.Equal(["PHN-1"], session.Teams);
    }

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_a_session_needs_a_topic_an_attendee_and_a_start_ahead()
    {
        var now = _clock.GetUtcNow();
        Assert.Throws<ArgumentException>(() => TrainingSession.Schedule(Guid.NewGuid(), "t", [], now.AddDays(1), "2026-12", 2, [], ["A001"], "trainer", now));
        Assert.Throws<ArgumentException>(() => TrainingSession.Schedule(Guid.NewGuid(), "t", [TrainingTopic.ServiceSkills], now.AddDays(1), "2026-12", 2, [], [], "trainer", now));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingSession.Schedule(Guid.NewGuid(), "t", [TrainingTopic.ServiceSkills], now, "2026-12", 2, [], ["A001"], "trainer", now));
    }

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_attendance_is_recorded_once_the_session_has_started_and_may_be_corrected()
    {
        var session = Schedule("A001", "A002");

        Assert.Throws<InvalidTransitionException>(() => session.RecordAttendance("A001", true, null, "trainer", _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromDays(3));
        session.RecordAttendance("A001", false, "ignored for an absence", "trainer", _clock.GetUtcNow());
        session.RecordAttendance("A001", true, " 测验 88 分 ", "trainer", _clock.GetUtcNow().AddMinutes(5));

        var attendee = session.Attendee("A001")!;
        Assert.Equal((AttendanceStatus.Attended, "测验 88 分"), (attendee.Status, attendee.Result));
        Assert.Throws<ArgumentException>(() => session.RecordAttendance("A999", true, null, "trainer", _clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "TRN-07")]
    public void TRN_07_an_absence_keeps_who_recorded_it_and_when_but_no_result()
    {
        var session = Schedule("A001");
        _clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(10)));

        session.RecordAttendance("A001", false, "不应保存", "trainer", _clock.GetUtcNow());

        var attendee = session.Attendee("A001")!;
        Assert.Equal((AttendanceStatus.Missed, null, "trainer", _clock.GetUtcNow()), (attendee.Status, attendee.Result, attendee.RecordedBy, attendee.RecordedAt!.Value));
    }

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_each_reminder_is_sent_once()
    {
        var session = Schedule("A001");

        Assert.True(session.MarkReminderSent(1440));
        Assert.False(session.MarkReminderSent(1440));
        Assert.True(session.MarkReminderSent(60));
        Assert.Equal("1440,60", session.RemindersSent);
    }
}
