namespace ServiceConsole.Domain.Personnel;

/// <summary>
/// GEN-06: an agent's employment record: the hire date, the probation end (at least <see cref="ProbationRules.Months"/>
/// months after hire; extended or shortened by HR with a reason, never below the minimum), and whether HR has confirmed
/// the agent (转正). Every change is kept as history with its reason, who and when. A confirmed record is closed: its
/// probation no longer changes, and confirming needs the probation end to have come (shorten it first, with a reason).
/// </summary>
public sealed class EmploymentRecord
{
    public const int MaxReasonLength = 500;

    private readonly List<ProbationChange> _history = [];

    // For EF Core materialisation only.
    private EmploymentRecord()
    {
    }

    private EmploymentRecord(string agentCode) => AgentCode = agentCode;

    public string AgentCode { get; private set; } = "";

    public DateOnly HireDate { get; private set; }

    /// <summary>The first day the agent may be confirmed.</summary>
    public DateOnly ProbationEnd { get; private set; }

    public EmploymentStatus Status { get; private set; }

    public DateOnly? ConfirmedOn { get; private set; }

    public string? ConfirmedBy { get; private set; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ProbationChange> History => _history;

    public string WireStatus => Status == EmploymentStatus.Confirmed ? "confirmed" : "on-probation";

    /// <summary>
    /// Opens the record of <paramref name="agentCode"/>: the probation ends on <paramref name="probationEnd"/>, or after the
    /// GEN-06 minimum when none is given. A probation end before the minimum is refused (<see cref="ArgumentOutOfRangeException"/>).
    /// </summary>
    public static EmploymentRecord Open(
        string agentCode, DateOnly hireDate, DateOnly? probationEnd, string? reason, string by, DateTimeOffset at, ProbationRules rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(rules);
        var end = probationEnd ?? rules.MinimumEnd(hireDate);
        GuardMinimum(hireDate, end, rules);
        CheckReason(reason, required: false);
        var record = new EmploymentRecord(agentCode) { HireDate = hireDate, ProbationEnd = end, Status = EmploymentStatus.OnProbation };
        record._history.Add(new ProbationChange(ProbationChangeKind.Opened, hireDate, null, end, Clean(reason), by, at));
        return record;
    }

    /// <summary>
    /// HR changes the hire date and/or the probation end, with a reason. Refused once confirmed (409), below the GEN-06
    /// minimum (<see cref="ArgumentOutOfRangeException"/>), without a reason or without any change (<see cref="ArgumentException"/>).
    /// </summary>
    public ProbationChange ChangeProbation(DateOnly hireDate, DateOnly probationEnd, string reason, string by, DateTimeOffset at, ProbationRules rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(rules);
        if (Status == EmploymentStatus.Confirmed)
        {
            throw new InvalidTransitionException("change-probation", WireStatus, $"The agent was confirmed on {ConfirmedOn:yyyy-MM-dd}: the probation is over and no longer changes.");
        }

        CheckReason(reason, required: true);
        GuardMinimum(hireDate, probationEnd, rules);
        if (hireDate == HireDate && probationEnd == ProbationEnd)
        {
            throw new ArgumentException("Neither the hire date nor the probation end changes.", nameof(probationEnd));
        }

        var kind = probationEnd > ProbationEnd ? ProbationChangeKind.Extended
            : probationEnd < ProbationEnd ? ProbationChangeKind.Shortened
            : ProbationChangeKind.HireDateCorrected;
        var change = new ProbationChange(kind, hireDate, ProbationEnd, probationEnd, Clean(reason), by, at);
        (HireDate, ProbationEnd) = (hireDate, probationEnd);
        _history.Add(change);
        return change;
    }

    /// <summary>HR confirms the agent (转正) on <paramref name="today"/>: refused before the probation end, and once confirmed (409).</summary>
    public ProbationChange Confirm(DateOnly today, string? note, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        CheckReason(note, required: false);
        if (Status == EmploymentStatus.Confirmed)
        {
            throw new InvalidTransitionException("confirm", WireStatus, $"The agent was already confirmed on {ConfirmedOn:yyyy-MM-dd}.");
        }

        if (today < ProbationEnd)
        {
            throw new InvalidTransitionException(
                "confirm", WireStatus, $"GEN-06: the probation runs until {ProbationEnd:yyyy-MM-dd}; shorten it with a reason first (never below the minimum) to confirm earlier.");
        }

        (Status, ConfirmedOn, ConfirmedBy) = (EmploymentStatus.Confirmed, today, by);
        var change = new ProbationChange(ProbationChangeKind.Confirmed, HireDate, ProbationEnd, ProbationEnd, Clean(note), by, at);
        _history.Add(change);
        return change;
    }

    /// <summary>Whether the probation of an unconfirmed agent ends within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public bool ProbationEndsBetween(DateOnly from, DateOnly to) => Status == EmploymentStatus.OnProbation && ProbationEnd >= from && ProbationEnd <= to;

    private static void GuardMinimum(DateOnly hireDate, DateOnly end, ProbationRules rules)
    {
        if (!rules.IsLongEnough(hireDate, end))
        {
            throw new ArgumentOutOfRangeException(
                nameof(end), end,
                $"GEN-06: probation is at least {rules.Months} months; from a hire on {hireDate:yyyy-MM-dd} it ends on {rules.MinimumEnd(hireDate):yyyy-MM-dd} at the earliest.");
        }
    }

    private static void CheckReason(string? reason, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A change of probation needs a reason.", nameof(reason));
        }

        if (reason?.Length > MaxReasonLength)
        {
            throw new ArgumentException($"The reason is at most {MaxReasonLength} characters.", nameof(reason));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
