using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Tests.Domain.Deadlines;

public sealed class DailyBreachCounterTests
{
    private static readonly DateTimeOffset DayStart = new(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void Late_answers_and_contacts_still_waiting_past_their_deadline_both_count_as_first_response_breaches()
    {
        var now = DayStart.AddHours(10);

        var breaches = DailyBreachCounter.Count(DayStart, now, lateAnswersToday: 3,
            waitingRespondBy: [now.AddSeconds(-1), now.AddSeconds(5), null], complaintBreaches: []);

        Assert.Equal(4, breaches.FirstResponse);
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Complaint_breaches_count_per_clock_on_the_day_they_were_recorded()
    {
        var now = DayStart.AddHours(10);
        BreachClock[] recorded =
        [
            new("verify", DayStart.AddHours(1)),
            new("verify", DayStart.AddHours(-1)), // yesterday
            new("resolve", DayStart.AddHours(2)),
            new("callback", DayStart.AddHours(3)),
            new("recallback", DayStart.AddHours(4)),
        ];

        var breaches = DailyBreachCounter.Count(DayStart, now, 0, [], recorded);

        Assert.Equal(new DailyBreaches(0, 1, 1, 2), breaches);
        Assert.Equal(4, breaches.Total);
    }
}
