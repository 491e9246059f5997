namespace ServiceConsole.Web.Configuration;

/// <summary>
/// How the simulated agents work their contacts (section <c>ServiceConsole:Demo:Contacts</c>). The on-time answer
/// falls inside the policy's own first-response limit (SVC-01/02), so a changed limit changes the demo with it.
/// </summary>
public sealed class DemoContactOptions
{
    /// <summary>Share of chats and calls the plan answers past their limit: the odd late answer of a good day (SVC-07 targets 95 %).</summary>
    public double LateAnswerShare { get; set; } = 0.004;

    /// <summary>The earliest answer, in seconds after arrival (the first ring, the first line typed).</summary>
    public double EarliestAnswerSeconds { get; set; } = 1.5;

    /// <summary>
    /// An on-time answer stays this far inside its limit, so the simulator's tick (0.5 s) and the time a write takes
    /// never make it late: late answers come from the plan and from the odd wait for a free agent.
    /// </summary>
    public double AnswerMarginSeconds { get; set; } = 1.5;

    /// <summary>How far past the limit a planned-late answer comes.</summary>
    public DemoRange LateBySeconds { get; set; } = new(1, 20);

    /// <summary>The counter's answer after arrival; it has no first-response limit (SVC-03).</summary>
    public DemoRange CounterAnswerSeconds { get; set; } = new(3, 12);

    /// <summary>How soon an agent answers a contact that reached them only after it waited for a free agent.</summary>
    public DemoRange PickUpSeconds { get; set; } = new(1, 2.5);

    /// <summary>
    /// From the answer to the close, per channel: short enough that the simulated agents carry the default traffic at
    /// about two-thirds load, so a contact rarely waits for a free agent (a phone agent takes one call at a time).
    /// </summary>
    public DemoRange ChatHandleSeconds { get; set; } = new(10, 30);

    public DemoRange CallHandleSeconds { get; set; } = new(4, 10);

    public DemoRange CounterHandleSeconds { get; set; } = new(8, 22);

    /// <summary>How long a customer nobody could take waits before giving up (an abandoned contact).</summary>
    public double PatienceMinutes { get; set; } = 3;

    /// <summary>Share of contacts settled in the contact itself (SVC-08 targets 90 %).</summary>
    public double ResolvedShare { get; set; } = 0.92;

    /// <summary>Share of contacts the customer rates (SVC-09).</summary>
    public double RatedShare { get; set; } = 0.7;

    internal IEnumerable<string> Problems()
    {
        foreach (var (name, share) in new[] { (nameof(LateAnswerShare), LateAnswerShare), (nameof(ResolvedShare), ResolvedShare), (nameof(RatedShare), RatedShare) })
        {
            if (share is < 0 or > 1)
            {
                yield return $"ServiceConsole:Demo:Contacts:{name} must be between 0 and 1.";
            }
        }

        foreach (var (name, range) in new[]
                 {
                     (nameof(LateBySeconds), LateBySeconds), (nameof(CounterAnswerSeconds), CounterAnswerSeconds), (nameof(PickUpSeconds), PickUpSeconds),
                     (nameof(ChatHandleSeconds), ChatHandleSeconds), (nameof(CallHandleSeconds), CallHandleSeconds), (nameof(CounterHandleSeconds), CounterHandleSeconds),
                 })
        {
            if (!range.IsValid)
            {
                yield return $"ServiceConsole:Demo:Contacts:{name} needs 0 <= Min <= Max.";
            }
        }

        if (EarliestAnswerSeconds < 0 || AnswerMarginSeconds < 0 || PatienceMinutes <= 0)
        {
            yield return "ServiceConsole:Demo:Contacts: EarliestAnswerSeconds and AnswerMarginSeconds must not be negative, PatienceMinutes must be positive.";
        }
    }
}
