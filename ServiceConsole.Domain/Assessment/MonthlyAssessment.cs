using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Assessment;

/// <summary>
/// One agent's monthly assessment (TRN-03…06, TRN-08): the computed parts (SVC-07…09 KPIs, rule compliance from the
/// month's penalty points), the supervisor's attitude score, and from both the score, grade and consequence. One per
/// month and agent: a re-run replaces the computed parts and keeps what people entered (attitude, the one-to-one talk).
/// <para>
/// Without an attitude score the result waits (<see cref="AssessmentStatus.AwaitingAttitude"/>): no score is made up
/// from a missing part. Scoring attitude later completes it with the parts already computed.
/// </para>
/// </summary>
public sealed class MonthlyAssessment
{
    public const int MaxNoteLength = 500;
    public const int MaxTextLength = 2000;

    // For EF Core materialisation only.
    private MonthlyAssessment()
    {
    }

    public MonthlyAssessment(Guid id, AssessmentMonth month, string agentCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        Id = id;
        Month = month.ToString();
        AgentCode = agentCode;
    }

    public Guid Id { get; private set; }

    /// <summary><c>yyyy-MM</c>.</summary>
    public string Month { get; private set; } = "";

    public string AgentCode { get; private set; } = "";

    /// <summary>SVC-07, 0–1; null when nothing was measured.</summary>
    public double? ResponseCompliance { get; private set; }

    /// <summary>SVC-08, 0–1; null when nothing was resolved or closed.</summary>
    public double? FirstContactResolution { get; private set; }

    /// <summary>SVC-09, 1–5; null without a rating.</summary>
    public double? Satisfaction { get; private set; }

    public int ContactsMeasured { get; private set; }

    public int ResolutionsMeasured { get; private set; }

    public int Ratings { get; private set; }

    /// <summary>TRN-04 quantitative part, 0–100, before weighting (<see cref="AssessmentPolicy.QuantitativeScore"/>).</summary>
    public double Quantitative { get; private set; }

    /// <summary>The performance points lost in the month (CMP-12, SVC-10): the violation record.</summary>
    public int PenaltyPoints { get; private set; }

    /// <summary>TRN-04 rule compliance, 0–100: 100 minus <see cref="PenaltyPoints"/>, never below 0.</summary>
    public double RuleCompliance { get; private set; }

    /// <summary>TRN-04: the supervisor's attitude score, 0–100; null until scored.</summary>
    public double? Attitude { get; private set; }

    public string? AttitudeNote { get; private set; }

    public string? AttitudeBy { get; private set; }

    public DateTimeOffset? AttitudeAt { get; private set; }

    /// <summary>TRN-04 qualitative part, 0–100: the mean of attitude and rule compliance; null until attitude is scored.</summary>
    public double? Qualitative { get; private set; }

    /// <summary>TRN-04 score, 0–100 with one decimal; null until attitude is scored.</summary>
    public double? Score { get; private set; }

    public Grade? Grade { get; private set; }

    /// <summary>What the grade leads to (TRN-05/06); null without a grade.</summary>
    public AssessmentConsequence? Consequence { get; private set; }

    public decimal BonusYuan { get; private set; }

    public bool PromotionPriority { get; private set; }

    public bool TerminationProposed { get; private set; }

    /// <summary>This month and the failed months right before it, when this month failed (TRN-06).</summary>
    public int ConsecutiveFailedMonths { get; private set; }

    /// <summary>Computed on or after the month's assessment time (the last working day, TRN-03): its consequences apply.</summary>
    public bool Final { get; private set; }

    /// <summary>When the computed parts were last taken, and the data they cover ends (the end of the month, or the run for a month so far).</summary>
    public DateTimeOffset ComputedAt { get; private set; }

    public string ComputedBy { get; private set; } = "";

    /// <summary>The consequence whose actions (remedial training, termination proposal) were carried out, and when.</summary>
    public AssessmentConsequence? AppliedConsequence { get; private set; }

    public DateTimeOffset? ConsequencesAppliedAt { get; private set; }

    /// <summary>TRN-08: the day of the one-to-one talk about the month's result.</summary>
    public DateOnly? TalkedOn { get; private set; }

    public string? TalkSummary { get; private set; }

    public string? ImprovementPlan { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public AssessmentStatus Status => Grade is null ? AssessmentStatus.AwaitingAttitude
        : Final ? AssessmentStatus.Assessed
        : AssessmentStatus.Provisional;

    public AssessmentMonth AssessedMonth => AssessmentMonth.TryParse(Month, out var m) ? m : throw new InvalidOperationException($"Stored month '{Month}' is not a month.");

    /// <summary>Whether the grade's actions are still to be carried out: a final grade whose consequence has not been applied.</summary>
    public bool NeedsConsequences => Final && Consequence is { } c && AppliedConsequence != c;

    /// <summary>
    /// Takes the month's computed parts (a run, or a re-run that replaces an earlier one), then completes the result
    /// when attitude is already scored. <paramref name="final"/> once set stays set: a month assessed at its time is
    /// never made provisional again.
    /// </summary>
    public void Record(
        KpiResult kpi, int penaltyPoints, bool final, DateTimeOffset at, string by,
        AssessmentPolicy policy, ConsequenceRules rules, IEnumerable<Grade?> earlierGrades)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ResponseCompliance = kpi.ResponseCompliance;
        FirstContactResolution = kpi.FirstContactResolution;
        Satisfaction = kpi.Satisfaction;
        ContactsMeasured = kpi.ContactsMeasured;
        ResolutionsMeasured = kpi.ResolutionsMeasured;
        Ratings = kpi.Ratings;
        Quantitative = policy.QuantitativeScore(kpi);
        PenaltyPoints = penaltyPoints;
        RuleCompliance = policy.RuleComplianceScore(penaltyPoints);
        Final |= final;
        ComputedAt = at;
        ComputedBy = by;
        Complete(policy, rules, earlierGrades);
    }

    /// <summary>The supervisor scores attitude (0–100), which completes a result that was waiting for it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is not between 0 and 100.</exception>
    public void ScoreAttitude(
        double score, string? note, string by, DateTimeOffset at,
        AssessmentPolicy policy, ConsequenceRules rules, IEnumerable<Grade?> earlierGrades)
    {
        if (!(score >= 0 && score <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "An attitude score is between 0 and 100.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Attitude = score;
        AttitudeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        AttitudeBy = by;
        AttitudeAt = at;
        Complete(policy, rules, earlierGrades);
    }

    /// <summary>The grade's actions were carried out (the remedial training assigned, the proposal filed).</summary>
    public void ConsequencesApplied(AssessmentConsequence consequence, DateTimeOffset at)
    {
        AppliedConsequence = consequence;
        ConsequencesAppliedAt = at;
    }

    /// <summary>TRN-08: the one-to-one talk about the month's result and the improvement plan agreed in it.</summary>
    /// <exception cref="InvalidTransitionException">The month has no grade yet, so there is no result to talk about.</exception>
    public void Review(DateOnly talkedOn, string summary, string improvementPlan, string by, DateTimeOffset at)
    {
        if (Grade is null)
        {
            throw new InvalidTransitionException(
                "review", Domain.WireNames.ToWire(Status),
                $"The {Month} result of {AgentCode} has no grade yet: score attitude first, then talk it through.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ArgumentException.ThrowIfNullOrWhiteSpace(improvementPlan);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        TalkedOn = talkedOn;
        TalkSummary = summary.Trim();
        ImprovementPlan = improvementPlan.Trim();
        ReviewedBy = by;
        ReviewedAt = at;
    }

    private void Complete(AssessmentPolicy policy, ConsequenceRules rules, IEnumerable<Grade?> earlierGrades)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(earlierGrades);
        if (Attitude is not { } attitude)
        {
            (Qualitative, Score, Grade, Consequence, BonusYuan, PromotionPriority, TerminationProposed, ConsecutiveFailedMonths) =
                (null, null, null, null, 0m, false, false, 0);
            return;
        }

        var result = policy.Assess(
            new KpiResult(ResponseCompliance, FirstContactResolution, Satisfaction, ContactsMeasured, ResolutionsMeasured, Ratings),
            attitude, RuleCompliance);
        var decision = rules.Decide(result.Grade, earlierGrades);
        Qualitative = (attitude + RuleCompliance) / 2;
        Score = result.Score;
        Grade = result.Grade;
        Consequence = decision.Consequence;
        BonusYuan = decision.BonusYuan;
        PromotionPriority = decision.PromotionPriority;
        TerminationProposed = decision.ProposeTermination;
        ConsecutiveFailedMonths = decision.ConsecutiveFailedMonths;
    }
}
