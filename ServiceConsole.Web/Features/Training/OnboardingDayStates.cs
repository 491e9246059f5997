namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// TRN-01: how the cohort grid shows a plan day and what a trainer may record on it, decided from the day and the
/// centre's today, so the grid only renders.
/// </summary>
internal static class OnboardingDayStates
{
    /// <summary>done, today, late (its date has passed and it is not done), ahead, or mentor (a drill day ahead).</summary>
    public static string Of(OnboardingDayResource day, DateOnly today)
    {
        if (day.DoneAt is not null)
        {
            return "done";
        }

        if (day.Date == today)
        {
            return "today";
        }

        if (day.Date < today)
        {
            return "late";
        }

        return day.WithMentor ? "mentor" : "ahead";
    }

    /// <summary>A day before the exam day is marked once its date has come, while the plan runs.</summary>
    public static bool CanMark(OnboardingResource onboarding, OnboardingDayResource day, string state) =>
        onboarding.Status == "in-progress" && day.Day < onboarding.Days && state is "today" or "late";

    /// <summary>The exam is recorded on or after its day, once every earlier day is done.</summary>
    public static bool ExamDue(OnboardingResource onboarding, DateOnly today) =>
        onboarding.Status == "in-progress"
        && today >= onboarding.Plan[^1].Date
        && onboarding.Plan.Take(onboarding.Days - 1).All(d => d.DoneAt is not null);
}
