namespace ServiceConsole.Domain.Policy;

/// <summary>Training and assessment (POLICY.md TRN, 制度 6 and 制度 2 §4).</summary>
public sealed class TrainingOptions
{
    /// <summary>TRN-01: days of onboarding before an agent may go on duty.</summary>
    public int OnboardingDays { get; set; } = 7;

    /// <summary>
    /// TRN-01: the score (0–100) the day-7 exam's theory and practice parts must each reach to pass. POLICY.md names
    /// no pass mark; interpretation: 60, the qualified score of TRN-05, shown on the trainer's screen.
    /// </summary>
    public double OnboardingExamPassScore { get; set; } = 60;

    /// <summary>TRN-02: training sessions per month.</summary>
    public int MonthlyTrainingSessions { get; set; } = 1;

    /// <summary>TRN-02: hours of the monthly training.</summary>
    public int MonthlyTrainingHours { get; set; } = 2;

    /// <summary>TRN-02: hours before a session its attendees get the first reminder (0: none). Not in POLICY.md; 24 = the day before.</summary>
    public int FirstReminderHoursBefore { get; set; } = 24;

    /// <summary>TRN-02: minutes before a session its attendees get the last reminder (0: none). Not in POLICY.md; 60 = an hour before.</summary>
    public int LastReminderMinutesBefore { get; set; } = 60;

    /// <summary>TRN-04: weight of the quantitative part (SVC-07…09) of the monthly score.</summary>
    public double QuantitativeWeight { get; set; } = 0.60;

    /// <summary>TRN-04: weight of the qualitative part (attitude, rule compliance) of the monthly score.</summary>
    public double QualitativeWeight { get; set; } = 0.40;

    /// <summary>TRN-05: score from which the grade is excellent.</summary>
    public double ExcellentScore { get; set; } = 90;

    /// <summary>TRN-05: score from which the grade is qualified.</summary>
    public double QualifiedScore { get; set; } = 60;

    /// <summary>TRN-05: bonus in yuan for an excellent grade.</summary>
    public decimal ExcellentBonusYuan { get; set; } = 300m;

    /// <summary>TRN-05: days of remedial training after a failed grade.</summary>
    public int RemedialTrainingDays { get; set; } = 3;

    /// <summary>TRN-06: days of suspension after failing the re-assessment.</summary>
    public int SuspensionDays { get; set; } = 7;

    /// <summary>TRN-06: consecutive failed months after which termination is proposed.</summary>
    public int FailedMonthsForTermination { get; set; } = 2;

    /// <summary>
    /// TRN-03 (interpretation: POLICY.md names the three sources of the annual assessment but not their weights): weight
    /// of the mean of the year's monthly scores in the annual score. The three annual weights sum to 1.
    /// </summary>
    public double AnnualMonthlyWeight { get; set; } = 0.6;

    /// <summary>
    /// TRN-03 (interpretation): weight of the year's customer ratings (SVC-09 mean over the year, scored as
    /// min(1, mean ÷ target) like the monthly KPIs) in the annual score.
    /// </summary>
    public double AnnualRatingWeight { get; set; } = 0.2;

    /// <summary>
    /// TRN-03/TRN-07 (interpretation): weight of the training file (share of the year's recorded training results that
    /// were passes) in the annual score.
    /// </summary>
    public double AnnualTrainingWeight { get; set; } = 0.2;
}
