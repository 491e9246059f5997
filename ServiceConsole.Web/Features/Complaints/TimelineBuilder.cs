using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Reads the complaint's history, negotiation rounds and breaches into one timeline, oldest first, and
/// names the clock each entry started, stopped, ran within or broke. Rounds are numbered in the order
/// they were proposed and one is open at a time (CMP-08), so the n-th proposal and the n-th answer both
/// belong to round n.
/// </summary>
public static class TimelineBuilder
{
    private const string Registered = "registered";
    private const string Verifying = "verifying";
    private const string Verified = "verified";
    private const string Resolved = "resolved";
    private const string Reopened = "reopened";

    public static IReadOnlyList<TimelineEntry> For(ComplaintResource complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var rounds = complaint.Rounds.OrderBy(r => r.Number).ToList();
        var proposals = 0;
        var answers = 0;
        var entries = new List<(TimelineEntry Entry, int Rank, int Index)>();
        foreach (var (h, index) in complaint.History.Select((h, i) => (h, i)))
        {
            var round = h.Action switch
            {
                "proposed" => rounds.ElementAtOrDefault(proposals++),
                "declined" or "accepted" => rounds.ElementAtOrDefault(answers++),
                _ => null,
            };
            var accountability = h.Action == "accountability" ? AccountabilityNote.Parse(h.Note) : null;
            var entry = new TimelineEntry(
                TimelineEntryKind.History, h.At, h.Actor, h.Action, h.From, h.To, accountability is null ? NoteOf(h, round) : null,
                h.Action is Registered or "assigned" ? h.Note : null, round, null, ClocksOf(h), accountability);

            // At one instant the registration comes first, then a breach it noticed, then any later step:
            // a step records the breaches due before it moves the complaint on.
            entries.Add((entry, h.Action == Registered ? 0 : 2, index));
        }

        foreach (var (b, index) in complaint.Breaches.Select((b, i) => (b, i)))
        {
            entries.Add((new TimelineEntry(
                TimelineEntryKind.Breach, b.RecordedAt, null, "breach", null, null, null, null, null, b,
                [new ClockMark(b.Clock, ClockMarkKind.Breached)]), 1, index));
        }

        return [.. entries.OrderBy(e => e.Entry.At).ThenBy(e => e.Rank).ThenBy(e => e.Index).Select(e => e.Entry)];
    }

    private static string? NoteOf(HistoryResource h, NegotiationRoundResource? round) => h.Action switch
    {
        Registered or "assigned" or "accepted" => null,
        "proposed" => round is null ? h.Note : round.Note,
        "declined" => round is null ? h.Note : round.AnswerNote,
        _ => h.Note,
    };

    private static IReadOnlyList<ClockMark> ClocksOf(HistoryResource h) => h.Action switch
    {
        Registered => [Mark(BreachClocks.Verify, ClockMarkKind.Started), Mark(BreachClocks.Resolve, ClockMarkKind.Started)],
        "verification-started" => [Mark(BreachClocks.Verify, ClockMarkKind.Within)],
        Verified when h.From is Registered or Verifying => [Mark(BreachClocks.Verify, ClockMarkKind.Stopped)],
        "proposed" or "declined" => [Mark(h.From == Reopened ? BreachClocks.Recallback : BreachClocks.Resolve, ClockMarkKind.Within)],
        "accepted" =>
        [
            Mark(h.From == Reopened ? BreachClocks.Recallback : BreachClocks.Resolve, ClockMarkKind.Stopped),
            Mark(BreachClocks.Callback, ClockMarkKind.Started),
        ],
        "closed" => [Mark(h.From == Resolved ? BreachClocks.Callback : BreachClocks.Recallback, ClockMarkKind.Stopped)],
        "reopened" =>
        [
            Mark(h.From == Resolved ? BreachClocks.Callback : BreachClocks.Recallback, ClockMarkKind.Stopped),
            Mark(BreachClocks.Recallback, ClockMarkKind.Started),
        ],
        _ => [],
    };

    private static ClockMark Mark(string clock, ClockMarkKind kind) => new(clock, kind);
}
