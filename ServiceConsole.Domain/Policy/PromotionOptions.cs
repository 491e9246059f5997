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
}
