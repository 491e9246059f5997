using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Demo;

/// <summary>What the demo does with one contact, derived from its id: when it is answered, how long it takes, how it ends.</summary>
public sealed record DemoContactPlan(TimeSpan AnswerAfter, TimeSpan HandleFor, TimeSpan Patience, bool Resolved, int? Satisfaction)
{
    public static DemoContactPlan For(Guid id, Channel channel)
    {
        var bytes = id.ToByteArray();
        double Unit(int index) => bytes[index] / 255.0;

        // About one in ten first responses is late, the rest inside the target (10 s chat, 15 s phone).
        var late = Unit(15) < 0.1;
        var answer = channel switch
        {
            Channel.Online => late ? 11 + Unit(14) * 25 : 1 + Unit(14) * 8,
            Channel.Phone => late ? 16 + Unit(14) * 20 : 2 + Unit(14) * 11,
            _ => 3 + Unit(14) * 17,
        };
        // Short enough that about 40 agents keep up with ~120 contacts a minute at roughly 80 % load.
        var handle = channel switch
        {
            Channel.Online => 15 + Unit(13) * 25,
            Channel.Phone => 5 + Unit(13) * 10,
            _ => 10 + Unit(13) * 30,
        };
        var resolved = Unit(12) < 0.92;
        int? rating = Unit(11) < 0.7
            ? Unit(10) switch { < 0.62 => 5, < 0.88 => 4, < 0.95 => 3, < 0.98 => 2, _ => 1 }
            : null;
        return new DemoContactPlan(
            TimeSpan.FromSeconds(answer), TimeSpan.FromSeconds(handle), TimeSpan.FromMinutes(3), resolved, rating);
    }
}
