namespace ServiceConsole.Domain.Policy;

/// <summary>Promotion (POLICY.md PRM, 客服晋升制度).</summary>
public sealed class PromotionOptions
{
    /// <summary>PRM-03: days within which the direct supervisor does the first review.</summary>
    public int FirstReviewDays { get; set; } = 7;

    /// <summary>PRM-03: days of publicity during which written objections are taken.</summary>
    public int PublicityDays { get; set; } = 7;

    /// <summary>PRM-02: months between performance evaluations (quarterly).</summary>
    public int EvaluationMonths { get; set; } = 3;

    /// <summary>
    /// PRM-03 (interpretation, POLICY.md names no reminder time): hours before the first review's due time that the
    /// direct supervisor is reminded by a Quartz job; a reminder whose time has passed is sent at once; 0 reminds at the due time.
    /// </summary>
    public int FirstReviewReminderHoursBefore { get; set; } = 24;
}
