namespace ServiceConsole.Web.Configuration;

/// <summary>
/// How the simulated agents and complaint specialists carry a complaint through its lifecycle (section
/// <c>ServiceConsole:Demo:Complaints</c>). Each span is counted from the complaint's previous step. The demo runs
/// in minutes what a centre does in hours, so a visitor sees complaints move; the CMP deadlines are still the
/// policy's, and a step runs late only as often as <see cref="LateVerifyShare"/> says.
/// </summary>
public sealed class DemoComplaintOptions
{
    /// <summary>How often the simulator looks at the open complaints; their steps are minutes apart.</summary>
    public double PassSeconds { get; set; } = 5;

    /// <summary>From registration (or the last piece of evidence) to the verification (CMP-04).</summary>
    public DemoRange VerifyMinutes { get; set; } = new(1, 8);

    /// <summary>Between two pieces of evidence a specialist records for a major complaint (CMP-04: courier, outlet head, records, video).</summary>
    public DemoRange EvidenceMinutes { get; set; } = new(0.5, 2);

    /// <summary>From the verification, a declined proposal or a reopening to the next proposal (CMP-08).</summary>
    public DemoRange ProposeMinutes { get; set; } = new(0.5, 3);

    /// <summary>From a proposal to the customer's answer (CMP-08).</summary>
    public DemoRange AnswerMinutes { get; set; } = new(1, 4);

    /// <summary>From the resolution to the follow-up call (CMP-09).</summary>
    public DemoRange CallbackMinutes { get; set; } = new(1, 6);

    /// <summary>Share of proposals the customer accepts; the others are declined and negotiation goes on (CMP-08).</summary>
    public double AcceptShare { get; set; } = 0.7;

    /// <summary>The round the customer accepts at the latest.</summary>
    public int MaxRounds { get; set; } = 3;

    /// <summary>What each further round adds to the offer, in yuan.</summary>
    public decimal GoodwillYuan { get; set; } = 10;

    /// <summary>The coupon offered where no compensation rule applies (attitude, an unclear answer, other).</summary>
    public decimal ApologyCouponYuan { get; set; } = 10;

    /// <summary>Share of follow-up calls in which the customer is satisfied; the others reopen the complaint (CMP-10).</summary>
    public double SatisfiedShare { get; set; } = 0.8;

    /// <summary>How often one complaint is reopened at most; the call after that closes it.</summary>
    public int MaxReopens { get; set; } = 1;

    /// <summary>Share of complaints verified after their CMP-04 deadline: the breach that happens now and then.</summary>
    public double LateVerifyShare { get; set; } = 0.03;

    /// <summary>How far past the deadline a late verification comes.</summary>
    public DemoRange LateByMinutes { get; set; } = new(2, 15);

    internal IEnumerable<string> Problems()
    {
        foreach (var (name, share) in new[] { (nameof(AcceptShare), AcceptShare), (nameof(SatisfiedShare), SatisfiedShare), (nameof(LateVerifyShare), LateVerifyShare) })
        {
            if (share is < 0 or > 1)
            {
                yield return $"ServiceConsole:Demo:Complaints:{name} must be between 0 and 1.";
            }
        }

        foreach (var (name, range) in new[]
                 {
                     (nameof(VerifyMinutes), VerifyMinutes), (nameof(EvidenceMinutes), EvidenceMinutes), (nameof(ProposeMinutes), ProposeMinutes),
                     (nameof(AnswerMinutes), AnswerMinutes), (nameof(CallbackMinutes), CallbackMinutes), (nameof(LateByMinutes), LateByMinutes),
                 })
        {
            if (!range.IsValid)
            {
                yield return $"ServiceConsole:Demo:Complaints:{name} needs 0 <= Min <= Max.";
            }
        }

        if (PassSeconds <= 0 || MaxRounds < 1 || MaxReopens < 0 || GoodwillYuan < 0 || ApologyCouponYuan < 0)
        {
            yield return "ServiceConsole:Demo:Complaints: PassSeconds must be positive, MaxRounds at least 1, MaxReopens, GoodwillYuan and ApologyCouponYuan not negative.";
        }
    }
}
