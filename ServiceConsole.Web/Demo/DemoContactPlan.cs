using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Demo;

/// <summary>
/// What the demo does with one contact, derived from its id: when it is answered, how long it takes, how it ends.
/// </summary>
/// <param name="AnswerAfter">The first response, counted from arrival as the customer counts it.</param>
/// <param name="PickUp">How soon an agent answers a contact that reached them only after waiting for a free agent.</param>
/// <param name="HandleFor">From the answer to the close.</param>
/// <param name="Patience">How long an unrouted customer waits before giving up.</param>
public sealed record DemoContactPlan(TimeSpan AnswerAfter, TimeSpan PickUp, TimeSpan HandleFor, TimeSpan Patience, bool Resolved, int? Satisfaction)
{
    /// <summary>
    /// The on-time answers stay this far inside their limit, so a simulator acting on a 500 ms tick, plus the
    /// time a write takes, still answers them in time: late answers come from the plan and from the odd wait for
    /// a free agent, not from the simulator's own timing.
    /// </summary>
    private const double Margin = 1.5;

    public static DemoContactPlan For(Guid id, Channel channel)
    {
        var bytes = id.ToByteArray();
        double Unit(int index) => bytes[index] / 255.0;

        // One first response in 256 is planned late, a few more wait for a free agent: a good day against the
        // SVC-07 target of 95 %, with a late answer now and then (some 30 an hour at 120 contacts a minute).
        var late = bytes[15] == 0;
        var answer = channel switch
        {
            Channel.Online => late ? 11 + Unit(14) * 20 : 1.5 + Unit(14) * (10 - Margin - 1.5),
            Channel.Phone => late ? 16 + Unit(14) * 20 : 2 + Unit(14) * (15 - Margin - 2),
            _ => 3 + Unit(14) * 9,
        };
        // Short enough that the 40 simulated agents carry ~120 contacts a minute at about two-thirds load, so
        // a contact rarely waits for a free agent (a phone agent takes one call at a time).
        var handle = channel switch
        {
            Channel.Online => 10 + Unit(13) * 20,
            Channel.Phone => 4 + Unit(13) * 6,
            _ => 8 + Unit(13) * 14,
        };
        var pickUp = 1 + Unit(9) * 1.5;
        var resolved = Unit(12) < 0.92;
        int? rating = Unit(11) < 0.7
            ? Unit(10) switch { < 0.62 => 5, < 0.88 => 4, < 0.95 => 3, < 0.98 => 2, _ => 1 }
            : null;
        return new DemoContactPlan(
            TimeSpan.FromSeconds(answer), TimeSpan.FromSeconds(pickUp), TimeSpan.FromSeconds(handle), TimeSpan.FromMinutes(3), resolved, rating);
    }

    /// <summary>When the agent holding the contact answers it: its planned answer, or soon after it reached them if that was later.</summary>
    public DateTimeOffset AnswerDue(DateTimeOffset arrivedAt, DateTimeOffset assignedAt) =>
        Later(arrivedAt + AnswerAfter, assignedAt + PickUp);

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
