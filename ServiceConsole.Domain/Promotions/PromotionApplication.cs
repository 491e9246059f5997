using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Promotions;

/// <summary>Where a promotion application stands (PRM-03). Rejected and effective are final.</summary>
public enum PromotionStatus
{
    /// <summary>Applied; waiting for the direct supervisor's first review.</summary>
    FirstReview,

    /// <summary>The supervisor supported it; waiting for the review committee (HR + customer-service management).</summary>
    Committee,

    /// <summary>The committee approved; the publicity runs, then HR answers the objections and gives the final approval.</summary>
    Publicity,

    /// <summary>HR approved; the new level applies from <see cref="PromotionApplication.EffectiveOn"/> (PRM-04).</summary>
    Approved,

    /// <summary>The agent holds the new level.</summary>
    Effective,

    /// <summary>Turned down at one of the steps; ends the application.</summary>
    Rejected,
}

/// <summary>What a recorded step of the process was (PRM-05).</summary>
public enum PromotionStepKind
{
    Applied,
    FirstReview,
    CommitteeDecision,
    Objection,
    ObjectionAnswered,
    HrApproval,
    HrRejection,
    Effective,
}

/// <summary>One recorded step: what, by whom, when, whether it was in favour, and the note or rationale (PRM-05).</summary>
public sealed class PromotionStep
{
    private PromotionStep()
    {
    }

    public PromotionStep(int sequence, PromotionStepKind kind, string by, DateTimeOffset at, bool? approve, string? note)
    {
        Sequence = sequence;
        Kind = kind;
        By = by;
        At = at;
        Approve = approve;
        Note = note;
    }

    public int Sequence { get; private set; }

    public PromotionStepKind Kind { get; private set; }

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public bool? Approve { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>A written objection filed during the publicity, and HR's answer to it (PRM-03).</summary>
public sealed class PromotionObjection
{
    private PromotionObjection()
    {
    }

    public PromotionObjection(Guid id, string text, string filedBy, DateTimeOffset filedAt)
    {
        Id = id;
        Text = text;
        FiledBy = filedBy;
        FiledAt = filedAt;
    }

    public Guid Id { get; private set; }

    public string Text { get; private set; } = "";

    public string FiledBy { get; private set; } = "";

    public DateTimeOffset FiledAt { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => Answer is not null;

    internal void Answered(string answer, string by, DateTimeOffset at)
    {
        Answer = answer;
        AnsweredBy = by;
        AnsweredAt = at;
    }
}

/// <summary>
/// A promotion application and its whole process (PRM-01…05): applied → the direct supervisor's first review, due within
/// <see cref="PromotionOptions.FirstReviewDays"/> days (late reviews are still taken and shown as overdue) → the committee's
/// decision with its rationale → <see cref="PromotionOptions.PublicityDays"/> days of publicity, during which anyone files
/// written objections → HR answers every objection → HR approves once the publicity has ended and nothing is left
/// unanswered, or rejects with a note → the new level applies on <see cref="EffectiveOn"/> (PRM-04,
/// <see cref="PromotionCalendar"/>). A rejection at any step ends the application. Every step is recorded (PRM-05).
/// </summary>
public sealed class PromotionApplication
{
    private readonly List<PromotionStep> _steps = [];
    private readonly List<PromotionObjection> _objections = [];

    // For EF Core materialisation only.
    private PromotionApplication()
    {
    }

    private PromotionApplication(
        Guid id, string agentCode, PromotionLevel fromLevel, PromotionLevel targetLevel, string statement, string appliedBy,
        DateTimeOffset now, PromotionOptions options)
    {
        Id = id;
        AgentCode = agentCode;
        FromLevel = fromLevel;
        TargetLevel = targetLevel;
        Statement = statement;
        AppliedBy = appliedBy;
        AppliedAt = now;
        FirstReviewDueAt = now.AddDays(options.FirstReviewDays);
        Status = PromotionStatus.FirstReview;
        Record(PromotionStepKind.Applied, appliedBy, now, null, statement);
    }

    public Guid Id { get; private set; }

    public string AgentCode { get; private set; } = "";

    /// <summary>The agent's level when they applied.</summary>
    public PromotionLevel FromLevel { get; private set; }

    /// <summary>PRM-01: always the level right above <see cref="FromLevel"/>.</summary>
    public PromotionLevel TargetLevel { get; private set; }

    public string Statement { get; private set; } = "";

    public string AppliedBy { get; private set; } = "";

    public DateTimeOffset AppliedAt { get; private set; }

    public PromotionStatus Status { get; private set; }

    /// <summary>PRM-03: the first review is due by then.</summary>
    public DateTimeOffset FirstReviewDueAt { get; private set; }

    /// <summary>The supervisor's teamwork notes from the first review (PRM-02 teamwork criterion).</summary>
    public string? TeamworkNotes { get; private set; }

    public DateTimeOffset? PublicityStartsAt { get; private set; }

    /// <summary>PRM-03: objections are taken until then; HR may approve from then on.</summary>
    public DateTimeOffset? PublicityEndsAt { get; private set; }

    /// <summary>PRM-04: the centre-local day the new level applies, set by HR's approval.</summary>
    public DateOnly? EffectiveOn { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Whether the reminder that the first review is due has been sent.</summary>
    public bool ReviewReminderSent { get; private set; }

    public IReadOnlyList<PromotionStep> Steps => _steps;

    public IReadOnlyList<PromotionObjection> Objections => _objections;

    /// <summary>Open: not yet rejected nor in effect. An agent has at most one open application.</summary>
    public bool IsOpen => Status is not (PromotionStatus.Rejected or PromotionStatus.Effective);

    /// <summary>PRM-03: the first review is still to do and its week has passed (a review on the due instant is on time).</summary>
    public bool IsFirstReviewOverdue(DateTimeOffset now) => Status == PromotionStatus.FirstReview && now > FirstReviewDueAt;

    /// <summary>Whether the publicity runs at <paramref name="now"/> (objections are taken).</summary>
    public bool IsInPublicity(DateTimeOffset now) => Status == PromotionStatus.Publicity && now < PublicityEndsAt;

    public int UnansweredObjections => _objections.Count(o => !o.IsAnswered);

    /// <summary>
    /// An application for <paramref name="agentCode"/> at <paramref name="currentLevel"/> (PRM-01: exactly the next level).
    /// <paramref name="agentsApplications"/> are the agent's earlier applications: one still open refuses this one.
    /// </summary>
    public static PromotionApplication Apply(
        Guid id, string agentCode, PromotionLevel currentLevel, PromotionLevel targetLevel, string statement, string appliedBy,
        IEnumerable<PromotionApplication> agentsApplications, DateTimeOffset now, PromotionOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentException.ThrowIfNullOrWhiteSpace(appliedBy);
        ArgumentNullException.ThrowIfNull(agentsApplications);
        ArgumentNullException.ThrowIfNull(options);
        if (agentsApplications.FirstOrDefault(a => a.IsOpen) is { } open)
        {
            throw new InvalidTransitionException(
                "apply", PromotionLevels.ToWire(open.Status), $"Agent {agentCode} already has an open promotion application ({open.Id}).");
        }

        if (PromotionLevels.Next(currentLevel) != targetLevel)
        {
            throw new InvalidTransitionException(
                "apply", PromotionLevels.ToWire(currentLevel),
                $"Agent {agentCode} is a {PromotionLevels.ToWire(currentLevel)} and may apply only for the next level (PRM-01).");
        }

        return new PromotionApplication(id, agentCode, currentLevel, targetLevel, statement.Trim(), appliedBy, now, options);
    }

    /// <summary>
    /// PRM-03: the direct supervisor's first review with their teamwork notes; support sends it to the committee, a
    /// refusal ends it. A review after the due day is taken and stays visible as late in the steps.
    /// </summary>
    public void Review(bool approve, string? note, string? teamworkNotes, string by, DateTimeOffset now)
    {
        Require(PromotionStatus.FirstReview, "review");
        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException("A refusal at first review gives its reason.", nameof(note));
        }

        TeamworkNotes = string.IsNullOrWhiteSpace(teamworkNotes) ? null : teamworkNotes.Trim();
        Record(PromotionStepKind.FirstReview, by, now, approve, Trimmed(note));
        Status = approve ? PromotionStatus.Committee : PromotionStatus.Rejected;
        if (!approve)
        {
            ClosedAt = now;
        }
    }

    /// <summary>PRM-03: the committee decides with a recorded rationale; approval starts the publicity.</summary>
    public void Decide(bool approve, string rationale, string by, DateTimeOffset now, PromotionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Require(PromotionStatus.Committee, "decide");
        if (string.IsNullOrWhiteSpace(rationale))
        {
            throw new ArgumentException("The committee records its rationale.", nameof(rationale));
        }

        Record(PromotionStepKind.CommitteeDecision, by, now, approve, rationale.Trim());
        if (approve)
        {
            Status = PromotionStatus.Publicity;
            PublicityStartsAt = now;
            PublicityEndsAt = now.AddDays(options.PublicityDays);
        }
        else
        {
            Status = PromotionStatus.Rejected;
            ClosedAt = now;
        }
    }

    /// <summary>PRM-03: anyone files a written objection while the publicity runs (not on or after its end).</summary>
    public PromotionObjection FileObjection(Guid id, string text, string by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!IsInPublicity(now))
        {
            throw new InvalidTransitionException(
                "object", PromotionLevels.ToWire(Status), "Objections are taken only while the publicity runs (PRM-03).");
        }

        var objection = new PromotionObjection(id, text.Trim(), by, now);
        _objections.Add(objection);
        Record(PromotionStepKind.Objection, by, now, null, objection.Text);
        return objection;
    }

    /// <summary>PRM-03: HR answers an objection, once, before the final decision.</summary>
    public PromotionObjection AnswerObjection(Guid objectionId, string answer, string by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        var objection = _objections.FirstOrDefault(o => o.Id == objectionId)
            ?? throw new KeyNotFoundException($"No objection {objectionId} on promotion {Id}.");
        Require(PromotionStatus.Publicity, "answer");
        if (objection.IsAnswered)
        {
            throw new InvalidTransitionException("answer", "answered", "The objection has been answered already.");
        }

        objection.Answered(answer.Trim(), by, now);
        Record(PromotionStepKind.ObjectionAnswered, by, now, null, objection.Answer);
        return objection;
    }

    /// <summary>
    /// PRM-03/04: HR's final approval, only once the publicity has ended and every objection is answered. The new level
    /// applies on the first day after the quarter of <paramref name="decidedOn"/> (the centre-local date of the decision).
    /// </summary>
    public void Approve(string? note, string by, DateTimeOffset now, DateOnly decidedOn)
    {
        Require(PromotionStatus.Publicity, "approve");
        if (now < PublicityEndsAt)
        {
            throw new InvalidTransitionException(
                "approve", "publicity", $"The publicity runs until {PublicityEndsAt:O}; HR approves after it ends (PRM-03).");
        }

        if (UnansweredObjections > 0)
        {
            throw new InvalidTransitionException(
                "approve", "publicity", $"{UnansweredObjections} objection(s) are not answered yet; HR answers every objection first (PRM-03).");
        }

        EffectiveOn = PromotionCalendar.EffectiveOn(decidedOn);
        Status = PromotionStatus.Approved;
        Record(PromotionStepKind.HrApproval, by, now, true, Trimmed(note));
    }

    /// <summary>HR rejects with a note at any step before the final approval; the application ends.</summary>
    public void Reject(string note, string by, DateTimeOffset now)
    {
        if (Status is not (PromotionStatus.FirstReview or PromotionStatus.Committee or PromotionStatus.Publicity))
        {
            throw new InvalidTransitionException("reject", PromotionLevels.ToWire(Status), "Only an application still in process can be rejected.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException("A rejection gives its reason.", nameof(note));
        }

        Status = PromotionStatus.Rejected;
        ClosedAt = now;
        Record(PromotionStepKind.HrRejection, by, now, false, note.Trim());
    }

    /// <summary>
    /// PRM-04: on or after <see cref="EffectiveOn"/> the agent holds the new level; returns false (and changes nothing)
    /// before that day or when the application is not approved, so a late or repeated job is harmless.
    /// </summary>
    public bool TakeEffect(DateOnly today, DateTimeOffset now)
    {
        if (Status != PromotionStatus.Approved || EffectiveOn is not { } on || today < on)
        {
            return false;
        }

        Status = PromotionStatus.Effective;
        ClosedAt = now;
        Record(PromotionStepKind.Effective, "system", now, true, null);
        return true;
    }

    public void ReminderSent() => ReviewReminderSent = true;

    private void Require(PromotionStatus status, string action)
    {
        if (Status != status)
        {
            throw new InvalidTransitionException(action, PromotionLevels.ToWire(Status), $"Promotion {Id} is {PromotionLevels.ToWire(Status)}, not {PromotionLevels.ToWire(status)}.");
        }
    }

    private void Record(PromotionStepKind kind, string by, DateTimeOffset at, bool? approve, string? note) =>
        _steps.Add(new PromotionStep(_steps.Count + 1, kind, by, at, approve, note));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
