namespace ServiceConsole.Domain.Training;

/// <summary>Where an onboarding stands: in progress until an exam is passed.</summary>
public enum OnboardingStatus
{
    InProgress,
    Passed,
}

/// <summary>A day of the plan the trainer marked done, with what they noted.</summary>
public sealed class OnboardingDay
{
    private OnboardingDay()
    {
    }

    public OnboardingDay(int day, DateTimeOffset doneAt, string doneBy, string? note)
    {
        Day = day;
        DoneAt = doneAt;
        DoneBy = doneBy;
        Note = note;
    }

    public int Day { get; private set; }

    public DateTimeOffset DoneAt { get; private set; }

    public string DoneBy { get; private set; } = "";

    public string? Note { get; private set; }
}

/// <summary>One sitting of the day-7 exam; every attempt is kept (TRN-07).</summary>
public sealed class OnboardingExam
{
    private OnboardingExam()
    {
    }

    public OnboardingExam(int attempt, DateTimeOffset at, double theory, double practice, bool passed, string recordedBy)
    {
        Attempt = attempt;
        At = at;
        Theory = theory;
        Practice = practice;
        Passed = passed;
        RecordedBy = recordedBy;
    }

    public int Attempt { get; private set; }

    public DateTimeOffset At { get; private set; }

    public double Theory { get; private set; }

    public double Practice { get; private set; }

    public bool Passed { get; private set; }

    public string RecordedBy { get; private set; } = "";
}

/// <summary>
/// TRN-01: a new agent's onboarding, a plan of <see cref="Days"/> days (7) from <see cref="StartsOn"/> (centre-local)
/// with a senior agent as mentor for the drill days. The trainer marks each day done; on or after the exam day, once
/// every day before it is done, the exam is recorded with a theory and a practice score: both at or above the pass
/// score pass it and end the onboarding; a fail is kept and the exam is taken again.
/// </summary>
public sealed class Onboarding
{
    private readonly List<OnboardingDay> _days = [];
    private readonly List<OnboardingExam> _exams = [];

    // For EF Core materialisation only.
    private Onboarding()
    {
    }

    public Guid Id { get; private set; }

    public string AgentCode { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    /// <summary>How many days the plan has (TRN-01: 7), fixed at enrolment.</summary>
    public int Days { get; private set; }

    /// <summary>The senior agent for the drill days.</summary>
    public string MentorCode { get; private set; } = "";

    public DateTimeOffset EnrolledAt { get; private set; }

    public string EnrolledBy { get; private set; } = "";

    public OnboardingStatus Status { get; private set; }

    public DateTimeOffset? PassedAt { get; private set; }

    public IReadOnlyList<OnboardingDay> DaysDone => _days;

    public IReadOnlyList<OnboardingExam> Exams => _exams;

    public OnboardingPlan Plan => new(Days);

    public static Onboarding Enrol(
        Guid id, string agentCode, DateOnly startsOn, int days, string mentorCode, string enrolledBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(mentorCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(enrolledBy);
        _ = new OnboardingPlan(days);
        if (string.Equals(agentCode, mentorCode, StringComparison.Ordinal))
        {
            throw new ArgumentException("A new agent cannot be their own mentor.", nameof(mentorCode));
        }

        return new Onboarding
        {
            Id = id, AgentCode = agentCode, StartsOn = startsOn, Days = days, MentorCode = mentorCode, EnrolledBy = enrolledBy,
            EnrolledAt = at, Status = OnboardingStatus.InProgress,
        };
    }

    /// <summary>Which day of the plan <paramref name="today"/> is (0 before the start; capped at the exam day).</summary>
    public int CurrentDay(DateOnly today) => Math.Clamp(OnboardingPlan.DayOn(StartsOn, today), 0, Days);

    public OnboardingDay? DayDone(int day) => _days.FirstOrDefault(d => d.Day == day);

    /// <summary>The trainer marks a day before the exam done, on or after its date, once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such day before the exam.</exception>
    /// <exception cref="InvalidTransitionException">The onboarding is over, the day has not come, or it is already done.</exception>
    public void MarkDayDone(int day, string? note, string by, DateOnly today, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (day < 1 || day >= Days)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Days 1 to {Days - 1} are marked done; day {Days} is the exam.");
        }

        RefuseWhenPassed("mark-day");
        if (OnboardingPlan.DateOf(StartsOn, day) > today)
        {
            throw new InvalidTransitionException("mark-day", Wire, $"Day {day} is on {OnboardingPlan.DateOf(StartsOn, day):yyyy-MM-dd}; it cannot be done before then.");
        }

        if (DayDone(day) is not null)
        {
            throw new InvalidTransitionException("mark-day", Wire, $"Day {day} is already marked done.");
        }

        _days.Add(new OnboardingDay(day, at, by, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }

    /// <summary>
    /// Records an exam sitting on or after the exam day, once every day before it is done. Both scores at or above
    /// <paramref name="passScore"/> pass it (true) and end the onboarding; otherwise the attempt is kept and the exam
    /// is taken again.
    /// </summary>
    /// <exception cref="InvalidTransitionException">Passed already, before the exam day, or days still open.</exception>
    public bool RecordExam(double theory, double practice, double passScore, string by, DateOnly today, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Score(nameof(theory), theory);
        Score(nameof(practice), practice);
        RefuseWhenPassed("exam");
        var examDate = OnboardingPlan.DateOf(StartsOn, Days);
        if (today < examDate)
        {
            throw new InvalidTransitionException("exam", Wire, $"The exam is on day {Days} ({examDate:yyyy-MM-dd}) or later.");
        }

        var open = Enumerable.Range(1, Days - 1).Where(d => DayDone(d) is null).ToList();
        if (open.Count > 0)
        {
            throw new InvalidTransitionException("exam", Wire, $"Days {string.Join(", ", open)} of the plan are not done yet.");
        }

        var passed = theory >= passScore && practice >= passScore;
        _exams.Add(new OnboardingExam(_exams.Count + 1, at, theory, practice, passed, by));
        if (passed)
        {
            Status = OnboardingStatus.Passed;
            PassedAt = at;
        }

        return passed;
    }

    private string Wire => WireNames.ToWire(Status);

    private void RefuseWhenPassed(string action)
    {
        if (Status == OnboardingStatus.Passed)
        {
            throw new InvalidTransitionException(action, Wire, "The onboarding is over: the exam was passed.");
        }
    }

    private static void Score(string name, double value)
    {
        if (!(value >= 0 && value <= 100))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} lies between 0 and 100.");
        }
    }
}
