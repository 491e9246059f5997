namespace ServiceConsole.Domain.Training;

/// <summary>What a day of the onboarding plan covers (TRN-01).</summary>
public enum OnboardingTopic
{
    /// <summary>Days 1–2: company culture, courier regulations, service policies.</summary>
    CultureRegulationsPolicies,

    /// <summary>Days 3–4: business knowledge (sending flow, fees, prohibited items, the logistics system).</summary>
    BusinessKnowledge,

    /// <summary>Days 5–6: script drills and simulated complaints with a senior agent (the mentor).</summary>
    DrillsWithMentor,

    /// <summary>Day 7: the exam, theory and practice.</summary>
    Exam,
}

/// <summary>
/// TRN-01's plan over <see cref="Days"/> days (7 by default): the last day is the exam; the days before it fall into
/// three equal-as-possible parts in the order of TRN-01 (for 7 days exactly days 1–2, 3–4 and 5–6).
/// </summary>
public sealed class OnboardingPlan
{
    /// <summary>The shortest plan that has a day for each of its three parts and the exam.</summary>
    public const int MinimumDays = 4;

    public OnboardingPlan(int days)
    {
        if (days < MinimumDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"The onboarding plan needs at least {MinimumDays} days.");
        }

        Days = days;
    }

    public int Days { get; }

    /// <summary>The exam's day: the last.</summary>
    public int ExamDay => Days;

    public OnboardingTopic TopicOf(int day)
    {
        if (day < 1 || day > Days)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"The plan has days 1 to {Days}.");
        }

        return day == Days ? OnboardingTopic.Exam : (OnboardingTopic)((day - 1) * 3 / (Days - 1));
    }

    /// <summary>Whether the senior agent (the mentor) takes part that day.</summary>
    public bool WithMentor(int day) => TopicOf(day) == OnboardingTopic.DrillsWithMentor;

    /// <summary>The centre-local date of <paramref name="day"/> for a plan starting on <paramref name="startsOn"/>.</summary>
    public static DateOnly DateOf(DateOnly startsOn, int day) => startsOn.AddDays(day - 1);

    /// <summary>Which day of the plan <paramref name="today"/> is: 0 before the start, past <see cref="Days"/> after the end.</summary>
    public static int DayOn(DateOnly startsOn, DateOnly today) => today.DayNumber - startsOn.DayNumber + 1;
}
