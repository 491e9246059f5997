using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Demo;

/// <summary>
/// What the demo does with one contact, drawn from its id (<see cref="DemoDraw"/>): when it is answered, how long it
/// takes, how it ends, and whether the customer complains.
/// </summary>
/// <param name="AnswerAfter">The first response, counted from arrival as the customer counts it.</param>
/// <param name="PickUp">How soon an agent answers a contact that reached them only after waiting for a free agent.</param>
/// <param name="HandleFor">From the answer to the close.</param>
/// <param name="Patience">How long an unrouted customer waits before giving up.</param>
/// <param name="Complains">The customer complains, and the agent registers it before closing the contact.</param>
public sealed record DemoContactPlan(
    TimeSpan AnswerAfter, TimeSpan PickUp, TimeSpan HandleFor, TimeSpan Patience, bool Resolved, int? Satisfaction, bool Complains)
{
    /// <param name="limit">The channel's first-response limit (SVC-01/02), null for the counter (SVC-03).</param>
    public static DemoContactPlan For(Guid id, Channel channel, TimeSpan? limit, DemoOptions demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var o = demo.Contacts;
        double Unit(int salt) => DemoDraw.Unit(id, salt);

        var answer = limit is { } target
            ? Unit(1) < o.LateAnswerShare
                ? target.TotalSeconds + o.LateBySeconds.At(Unit(2))
                : o.EarliestAnswerSeconds + Math.Max(0, target.TotalSeconds - o.AnswerMarginSeconds - o.EarliestAnswerSeconds) * Unit(2)
            : o.CounterAnswerSeconds.At(Unit(2));
        var handle = channel switch
        {
            Channel.Online => o.ChatHandleSeconds,
            Channel.Phone => o.CallHandleSeconds,
            _ => o.CounterHandleSeconds,
        };
        // Ratings spread as on a good day: about 4.4 on average, against the SVC-09 target of 4.5.
        int? rating = Unit(5) < o.RatedShare
            ? Unit(6) switch { < 0.62 => 5, < 0.88 => 4, < 0.95 => 3, < 0.98 => 2, _ => 1 }
            : null;
        return new DemoContactPlan(
            TimeSpan.FromSeconds(answer),
            TimeSpan.FromSeconds(o.PickUpSeconds.At(Unit(3))),
            TimeSpan.FromSeconds(handle.At(Unit(4))),
            TimeSpan.FromMinutes(o.PatienceMinutes),
            Unit(7) < o.ResolvedShare,
            rating,
            Unit(8) < demo.ComplaintShare);
    }

    /// <summary>When the agent holding the contact answers it: its planned answer, or soon after it reached them if that was later.</summary>
    public DateTimeOffset AnswerDue(DateTimeOffset arrivedAt, DateTimeOffset assignedAt) =>
        Later(arrivedAt + AnswerAfter, assignedAt + PickUp);

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
