using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Deadlines;

/// <summary>
/// Counts the breaches of one day in the centre's time zone. A first response counts once: either it
/// was answered late that day, or it is still waiting past its deadline now. Complaint breaches count
/// by the day they were recorded, per clock (verify, resolve, callback and recallback together).
/// </summary>
public static class DailyBreachCounter
{
    public static DailyBreaches Count(
        DateTimeOffset dayStart,
        DateTimeOffset now,
        int lateAnswersToday,
        IEnumerable<DateTimeOffset?> waitingRespondBy,
        IEnumerable<BreachClock> complaintBreaches)
    {
        ArgumentNullException.ThrowIfNull(waitingRespondBy);
        ArgumentNullException.ThrowIfNull(complaintBreaches);
        var overdueWaiting = waitingRespondBy.Count(due => due is { } d && d < now);
        var today = complaintBreaches.Where(b => b.RecordedAt >= dayStart && b.RecordedAt <= now).ToList();
        return new DailyBreaches(
            lateAnswersToday + overdueWaiting,
            today.Count(b => b.Clock == BreachClocks.Verify),
            today.Count(b => b.Clock == BreachClocks.Resolve),
            today.Count(b => b.Clock is BreachClocks.Callback or BreachClocks.Recallback));
    }
}
