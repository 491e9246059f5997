namespace ServiceConsole.Domain.Policy;

/// <summary>Service standards (POLICY.md SVC, 制度 2 and 制度 6 §3).</summary>
public sealed class ServiceStandardsOptions
{
    /// <summary>SVC-01: seconds within which an online (chat) contact gets its first response.</summary>
    public int ChatFirstResponseSeconds { get; set; } = 10;

    /// <summary>SVC-02: rings within which a phone contact is picked up.</summary>
    public int PhoneRings { get; set; } = 3;

    /// <summary>SVC-02: seconds of one ring cycle (1 s on, 4 s off), so the phone limit is rings × cycle.</summary>
    public int RingCycleSeconds { get; set; } = 5;

    /// <summary>SVC-05: hours within which a promised callback is due (fractions allowed, e.g. 0.5).</summary>
    public double PromiseCallbackHours { get; set; } = 1;

    /// <summary>SVC-07: target share of online/phone contacts answered within limit.</summary>
    public double ResponseComplianceTarget { get; set; } = 0.95;

    /// <summary>SVC-08: target share of contacts and complaints resolved with no second follow-up.</summary>
    public double FirstContactResolutionTarget { get; set; } = 0.90;

    /// <summary>SVC-09: target mean satisfaction on the 1–5 scale.</summary>
    public double SatisfactionTarget { get; set; } = 4.5;

    /// <summary>SVC-10: performance points an agent loses per complaint caused by a norm violation.</summary>
    public int NormViolationPenaltyPoints { get; set; } = 5;

    /// <summary>SVC-11: consecutive attitude complaints that send an agent to training.</summary>
    public int AttitudeComplaintsForTraining { get; set; } = 3;

    /// <summary>SVC-11: length in days of the service-norm training.</summary>
    public int AttitudeTrainingDays { get; set; } = 3;

    /// <summary>
    /// SVC-11: days an agent who fails the service-norm training is suspended from duty. POLICY.md says "suspends"
    /// without a length; interpretation: 7 days, the same week TRN-06 gives a failed re-assessment.
    /// </summary>
    public int AttitudeTrainingFailSuspensionDays { get; set; } = 7;

    /// <summary>SVC-12: monthly bonus in yuan for the excellent agent.</summary>
    public decimal ExcellentAgentBonusYuan { get; set; } = 200m;

    /// <summary>SVC-04: the company name spoken in the greeting and farewell scripts.</summary>
    public string CompanyName { get; set; } = "顺达";

    /// <summary>
    /// SVC-12: the fewest 1–5 ratings an agent needs in the month to be proposed as the excellent agent ("best rated,
    /// most praised"). POLICY.md gives no number; interpretation: 10, so one five-star rating does not make the best agent.
    /// </summary>
    public int ExcellentAgentMinRatings { get; set; } = 10;
}
