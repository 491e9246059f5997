using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Customers;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Complaints;

/// <summary>
/// A customer complaint from registration to close (CMP-01…12). The aggregate guards its own
/// lifecycle:
/// registered → verifying → verified → (negotiation rounds) → resolved → callback → closed,
/// or → reopened → … → callback again. There is no direct close: a complaint can only be
/// closed by a follow-up callback in which the customer says they are satisfied (CMP-09).
/// Breaches of its clocks are recorded on it, once per clock and due time.
/// </summary>
public sealed class Complaint : CustomerRecord
{
    private readonly List<ComplaintHistoryEntry> _history = [];
    private readonly List<NegotiationRound> _rounds = [];
    private readonly List<ClockBreach> _breaches = [];
    private readonly List<ComplaintEvidence> _evidence = [];

    // For EF Core materialisation only.
    private Complaint()
    {
    }

    public Guid Id { get; private set; }
    public string ExternalId { get; private set; } = "";
    public Channel Channel { get; private set; }
    public string CustomerName { get; private set; } = "";
    public string CustomerPhone { get; private set; } = "";
    public string WaybillNo { get; private set; } = "";
    public string OutletCode { get; private set; } = "";
    public ComplaintCategory Category { get; private set; }
    public int? DelayDays { get; private set; }
    public bool PackagingOnly { get; private set; }
    public decimal? ItemValue { get; private set; }
    public bool Insured { get; private set; }
    public decimal? InsuredValue { get; private set; }
    public decimal? ShippingFee { get; private set; }
    public string Demand { get; private set; } = "";

    /// <summary>Groups complaints about one problem for mass-complaint detection (EMG-03).</summary>
    public string IssueKey { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public Severity Severity { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public DateTimeOffset VerifyBy { get; private set; }
    public DateTimeOffset ResolveBy { get; private set; }

    /// <summary>First verification; a re-verification after reopening does not move it, so the CMP-04 clock is judged once.</summary>
    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Latest resolution (accepted proposal).</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the pending follow-up (CMP-09) or recallback (CMP-10) is due; null when none is pending.</summary>
    public DateTimeOffset? CallbackDue { get; private set; }

    public string? Assignee { get; private set; }
    public string? Findings { get; private set; }
    public FaultParty? FaultParty { get; private set; }
    public int ReopenCount { get; private set; }

    /// <summary>The customer's latest 1–5 rating from a callback (SVC-09).</summary>
    public int? Satisfaction { get; private set; }

    /// <summary>EMG-05: created by an emergency drill; touches no real customer.</summary>
    public bool IsDrill { get; private set; }

    /// <summary>The mass-complaint incident this complaint belongs to (EMG-03/04), if any.</summary>
    public Guid? IncidentId { get; private set; }

    /// <summary>Who answers for the complaint (CMP-11/12), once a verification names a party at fault.</summary>
    public AccountabilityRecord? Accountability { get; private set; }

    public IReadOnlyList<ComplaintHistoryEntry> History => _history;
    public IReadOnlyList<NegotiationRound> Rounds => _rounds;
    public IReadOnlyList<ClockBreach> Breaches => _breaches;

    /// <summary>What the verification has gathered so far (CMP-04), one entry per kind.</summary>
    public IReadOnlyList<ComplaintEvidence> Evidence => _evidence;

    public bool IsOpen => Status != ComplaintStatus.Closed;

    /// <summary>The proposal waiting for the customer's answer, if any (at most one, CMP-08).</summary>
    public NegotiationRound? OpenRound => _rounds.Find(r => r.Outcome == RoundOutcome.Open);

    public static Complaint Register(
        ComplaintRegistration reg, Severity severity, ComplaintDeadlines deadlines, string actor, DateTimeOffset registeredAt)
    {
        ArgumentNullException.ThrowIfNull(reg);
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (reg.Id == Guid.Empty)
        {
            throw new ArgumentException("A complaint needs an id.", "id");
        }

        Required(reg.ExternalId, "externalId");
        Required(reg.WaybillNo, "waybillNo");
        Required(reg.OutletCode, "outletCode");
        ArgumentNullException.ThrowIfNull(reg.CustomerName, "customerName");
        ArgumentNullException.ThrowIfNull(reg.CustomerPhone, "customerPhone");
        ArgumentNullException.ThrowIfNull(reg.Demand, "demand");
        NotNegative(reg.DelayDays, "delayDays");
        NotNegative(reg.ItemValue, "itemValue");
        NotNegative(reg.InsuredValue, "insuredValue");
        NotNegative(reg.ShippingFee, "shippingFee");

        var complaint = new Complaint
        {
            Id = reg.Id,
            ExternalId = reg.ExternalId,
            Channel = reg.Channel,
            CustomerName = reg.CustomerName,
            CustomerPhone = reg.CustomerPhone,
            WaybillNo = reg.WaybillNo,
            OutletCode = reg.OutletCode,
            Category = reg.Category,
            DelayDays = reg.DelayDays,
            PackagingOnly = reg.PackagingOnly,
            ItemValue = reg.ItemValue,
            Insured = reg.Insured,
            InsuredValue = reg.InsuredValue,
            ShippingFee = reg.ShippingFee,
            Demand = reg.Demand,
            IssueKey = string.IsNullOrWhiteSpace(reg.IssueKey)
                ? $"{WireNames.ToWire(reg.Category)}:{reg.OutletCode}"
                : reg.IssueKey,
            ReceivedAt = reg.ReceivedAt,
            RegisteredAt = registeredAt,
            Severity = severity,
            Status = ComplaintStatus.Registered,
            VerifyBy = deadlines.VerifyBy(severity, reg.ReceivedAt),
            ResolveBy = deadlines.ResolveBy(severity, reg.ReceivedAt),
            IsDrill = reg.IsDrill,
        };

        complaint._history.Add(new ComplaintHistoryEntry(
            registeredAt, actor, "registered", null, ComplaintStatus.Registered, WireNames.ToWire(severity)));

        // A complaint reported late may arrive with a clock already run out (API.md: breaches are
        // recorded "also for a complaint whose receivedAt already lies past a deadline").
        complaint.RecordDueBreaches(registeredAt);
        return complaint;
    }

    /// <summary>CMP-04: someone starts checking the logistics system, the outlet or the courier.</summary>
    public void StartVerification(string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Ensure("start-verification", ComplaintStatus.Registered, ComplaintStatus.Reopened);
        MoveTo(ComplaintStatus.Verifying, "verification-started", actor, at, null);
    }

    /// <summary>Hands the complaint to an agent or complaint specialist (CMP-04: major ones at once).</summary>
    public void AssignTo(string assignee, string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        EnsureOpen("assign");
        Assignee = assignee;
        MoveTo(Status, "assigned", actor, at, assignee);
    }

    /// <summary>CMP-04: the facts are established and the party at fault named.</summary>
    public void Verify(string findings, FaultParty fault, string actor, DateTimeOffset at) =>
        Verify(findings, fault, penalties: null, accountable: null, actor, at);

    /// <summary>
    /// CMP-04, and CMP-11/12 when <paramref name="penalties"/> is given: a courier or agent at fault is
    /// held accountable (<paramref name="accountable"/> names them), once per complaint.
    /// </summary>
    public void Verify(string findings, FaultParty fault, PenaltyPolicy? penalties, string? accountable, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(findings))
        {
            throw new ArgumentException("Verification needs findings.", nameof(findings));
        }

        if (!Enum.IsDefined(fault))
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault party.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Ensure("verify", ComplaintStatus.Registered, ComplaintStatus.Verifying, ComplaintStatus.Reopened);
        RecordDueBreaches(at);
        Findings = findings;
        FaultParty = fault;
        VerifiedAt ??= at;
        MoveTo(ComplaintStatus.Verified, "verified", actor, at, findings);
        if (penalties is not null)
        {
            HoldAccountable(penalties, accountable, actor, at);
        }
    }

    private void HoldAccountable(PenaltyPolicy penalties, string? accountable, string actor, DateTimeOffset at)
    {
        var inForce = Accountability is null
            ? (Accountability = AccountabilityRecord.For(this, penalties, accountable, actor, at)) is not null
            : Accountability.Revise(this, penalties, accountable, actor, at);
        if (Accountability is not { } record)
        {
            return;
        }

        var note = inForce
            ? $"{record.RuleId} {WireNames.ToWire(record.Party)} {record.Accountable ?? "?"}: -{record.Points} points" +
              (record.FineYuan > 0 ? $", {record.FineYuan:0} yuan" : "")
            : $"{record.RuleId} withdrawn";
        _history.Add(new ComplaintHistoryEntry(at, actor, "accountability", Status, Status, note));
    }

    /// <summary>CMP-08: offers a solution to the customer. One proposal is open at a time.</summary>
    public NegotiationRound Propose(CompensationKind kind, decimal amount, string? note, string actor, DateTimeOffset at)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown compensation kind.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Ensure("propose", ComplaintStatus.Verified, ComplaintStatus.Reopened);
        if (OpenRound is { } open)
        {
            throw new InvalidTransitionException(
                "propose",
                WireNames.ToWire(Status),
                $"Cannot propose: a proposal is already open (round {open.Number}) on this {WireNames.ToWire(Status)} complaint; it must be accepted or declined first.");
        }

        var round = new NegotiationRound(_rounds.Count + 1, kind, amount, note, actor, at);
        _rounds.Add(round);
        MoveTo(Status, "proposed", actor, at, $"round {round.Number}: {WireNames.ToWire(kind)} {amount}");
        return round;
    }

    /// <summary>CMP-08: the customer turns the open proposal down; negotiation goes on.</summary>
    public void Decline(string? note, string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var round = RequireOpenRound("decline");
        round.Close(RoundOutcome.Declined, note, actor, at);
        MoveTo(Status, "declined", actor, at, $"round {round.Number}" + (note is null ? "" : $": {note}"));
    }

    /// <summary>CMP-08/09: the customer accepts the open proposal; the follow-up callback is due 24 h later.</summary>
    public void Accept(ComplaintDeadlines deadlines, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Ensure("accept", ComplaintStatus.Verified, ComplaintStatus.Reopened);
        var round = RequireOpenRound("accept");
        RecordDueBreaches(at);
        round.Close(RoundOutcome.Accepted, null, actor, at);
        ResolvedAt = at;
        CallbackDue = deadlines.FollowUpCallbackDue(at);
        MoveTo(ComplaintStatus.Resolved, "accepted", actor, at, $"round {round.Number}");
    }

    /// <summary>
    /// CMP-09/10: the follow-up call. A satisfied customer closes the complaint; otherwise it is
    /// reopened and must be called back again within 12 h.
    /// </summary>
    public void RecordCallback(
        bool satisfied, int? satisfaction, string? note, ComplaintDeadlines deadlines, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (satisfaction is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(satisfaction), satisfaction, "Satisfaction is rated 1 to 5.");
        }

        Ensure("callback", ComplaintStatus.Resolved, ComplaintStatus.Reopened);
        RecordDueBreaches(at);
        Satisfaction = satisfaction ?? Satisfaction;

        if (satisfied)
        {
            ClosedAt = at;
            CallbackDue = null;
            MoveTo(ComplaintStatus.Closed, "closed", actor, at, note);
        }
        else
        {
            ReopenCount++;
            CallbackDue = deadlines.RecallbackDue(at);
            MoveTo(ComplaintStatus.Reopened, "reopened", actor, at, note);
        }
    }

    /// <summary>Links the complaint to a mass-complaint incident (EMG-03/04).</summary>
    public void LinkIncident(Guid incidentId)
    {
        if (incidentId == Guid.Empty)
        {
            throw new ArgumentException("An incident needs an id.", nameof(incidentId));
        }

        IncidentId = incidentId;
    }

    /// <summary>
    /// Records that a clock ran out. Idempotent by (clock, due time), so a scheduler may fire
    /// twice, or a transition and the scheduler may both notice the same breach.
    /// </summary>
    /// <returns>False when this breach was already recorded.</returns>
    public bool RecordBreach(string ruleId, string clock, DateTimeOffset dueAt, DateTimeOffset recordedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        if (!BreachClocks.IsKnown(clock))
        {
            throw new ArgumentException(
                $"Unknown clock '{clock}'; expected one of {string.Join(", ", BreachClocks.All)}.", nameof(clock));
        }

        return ClockBreach.AddOnce(_breaches, ruleId, clock, dueAt, recordedAt) is not null;
    }

    /// <summary>
    /// Records every clock still pending at <paramref name="now"/> whose due time has passed (a
    /// deadline is met up to and including its due instant). Called by the scheduler and before
    /// each transition that stops a clock, so a late step is never lost when the scheduler lags.
    /// </summary>
    /// <returns>The breaches newly recorded.</returns>
    public IReadOnlyList<ClockBreach> RecordDueBreaches(DateTimeOffset now)
    {
        var added = new List<ClockBreach>();
        foreach (var clock in PendingClocks())
        {
            if (now > clock.DueAt && RecordBreach(clock.RuleId, clock.Clock, clock.DueAt, now))
            {
                added.Add(_breaches[^1]);
            }
        }

        return added;
    }

    /// <summary>
    /// The clocks still running: verification until the first verification (CMP-04), resolution
    /// until a proposal is accepted (CMP-02/03), and the pending follow-up (CMP-09) or recallback
    /// (CMP-10). A clock that has run out stays pending until the step it waits for is taken.
    /// </summary>
    public IReadOnlyList<PendingClock> PendingClocks()
    {
        var pending = new List<PendingClock>(3);
        if (!IsOpen)
        {
            return pending;
        }

        if (VerifiedAt is null)
        {
            pending.Add(new PendingClock(BreachClocks.Verify, "CMP-04", VerifyBy));
        }

        if (ResolvedAt is null)
        {
            pending.Add(new PendingClock(BreachClocks.Resolve, Severity == Severity.Major ? "CMP-03" : "CMP-02", ResolveBy));
        }

        if (CallbackDue is { } due)
        {
            pending.Add(Status == ComplaintStatus.Reopened
                ? new PendingClock(BreachClocks.Recallback, "CMP-10", due)
                : new PendingClock(BreachClocks.Callback, "CMP-09", due));
        }

        return pending;
    }

    /// <summary>The KPI view of this complaint (SVC-08/09).</summary>
    public ComplaintOutcome ToOutcome() => new(Status == ComplaintStatus.Closed, ReopenCount > 0, Satisfaction);

    private static void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{field}' is required.", field);
        }
    }

    private static void NotNegative<T>(T? value, string field) where T : struct, System.Numerics.INumber<T>
    {
        if (value is { } v && v < T.Zero)
        {
            throw new ArgumentOutOfRangeException(field, v, $"'{field}' must not be negative.");
        }
    }

    private void Ensure(string action, params ReadOnlySpan<ComplaintStatus> allowed)
    {
        if (allowed.Contains(Status))
        {
            return;
        }

        var from = new string[allowed.Length];
        for (var i = 0; i < allowed.Length; i++)
        {
            from[i] = WireNames.ToWire(allowed[i]);
        }

        throw new InvalidTransitionException(
            action,
            WireNames.ToWire(Status),
            $"Cannot {action}: the complaint is {WireNames.ToWire(Status)}; '{action}' is allowed only when it is {string.Join(" or ", from)}.");
    }

    /// <summary>
    /// CMP-04: records a piece of evidence (the courier's account, the outlet head's, the logistics records, the video)
    /// while the complaint is open; recording the same kind again revises it.
    /// </summary>
    public void RecordEvidence(EvidenceKind kind, string? note, string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        EnsureOpen("record-evidence");
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (_evidence.Find(e => e.Kind == kind) is { } known)
        {
            known.Revise(text, actor, at);
        }
        else
        {
            _evidence.Add(new ComplaintEvidence(kind, text, actor, at));
        }

        _history.Add(new ComplaintHistoryEntry(at, actor, "evidence", Status, Status, $"{WireNames.ToWire(kind)}{(text is null ? "" : ": " + text)}"));
    }

    private void EnsureOpen(string action)
    {
        if (!IsOpen)
        {
            throw new InvalidTransitionException(
                action, WireNames.ToWire(Status), $"Cannot {action}: the complaint is closed.");
        }
    }

    private NegotiationRound RequireOpenRound(string action) =>
        OpenRound ?? throw new InvalidTransitionException(
            action,
            WireNames.ToWire(Status),
            $"Cannot {action}: no proposal is open on this {WireNames.ToWire(Status)} complaint.");

    private void MoveTo(ComplaintStatus to, string historyAction, string actor, DateTimeOffset at, string? note)
    {
        _history.Add(new ComplaintHistoryEntry(at, actor, historyAction, Status, to, note));
        Status = to;
    }
}
