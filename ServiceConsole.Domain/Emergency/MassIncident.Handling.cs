using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Domain.Emergency;

// EMG-04 handling: the one solution, the notifications and the resolve-all clock. A second
// file of the same aggregate, so each stays readable.
public sealed partial class MassIncident
{
    public CompensationKind? SolutionKind { get; private set; }
    public decimal? SolutionAmount { get; private set; }
    public string? SolutionNote { get; private set; }
    public string? SolutionFindings { get; private set; }
    public FaultParty? SolutionFaultParty { get; private set; }
    public string? SolutionDecidedBy { get; private set; }
    public DateTimeOffset? SolutionDecidedAt { get; private set; }

    public MassSolution? Solution => SolutionKind is { } kind
        ? new MassSolution(kind, SolutionAmount ?? 0, SolutionNote, SolutionFindings, SolutionFaultParty)
        : null;

    /// <summary>
    /// EMG-04: decides the one solution for all. It can be changed until it has been applied to
    /// a complaint; after that the complainants were offered it, so a change needs a new round
    /// on each complaint, not a silent edit here.
    /// </summary>
    public void DecideSolution(MassSolution solution, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (_links.Exists(l => l.SolutionAppliedAt is not null))
        {
            throw new InvalidTransitionException(
                "decide-solution", "applied", "The solution has already been proposed to complainants and cannot be changed.");
        }

        (SolutionKind, SolutionAmount, SolutionNote) = (solution.Kind, solution.Amount, solution.Note);
        (SolutionFindings, SolutionFaultParty) = (solution.Findings, solution.FaultParty);
        (SolutionDecidedBy, SolutionDecidedAt) = (by, at);
    }

    /// <summary>Records that the solution was proposed on a linked complaint. Idempotent.</summary>
    /// <returns>False when it was already recorded.</returns>
    public bool MarkSolutionApplied(Guid complaintId, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (SolutionKind is null)
        {
            throw new InvalidTransitionException("apply-solution", "undecided", "No solution has been decided yet.");
        }

        var link = RequireLink(complaintId);
        if (link.SolutionAppliedAt is not null)
        {
            return false;
        }

        link.MarkSolutionApplied(by, at);
        return true;
    }

    /// <summary>Linked complaints the solution has not been applied to yet.</summary>
    public IReadOnlyList<Guid> PendingSolution => [.. _links.Where(l => l.SolutionAppliedAt is null).Select(l => l.ComplaintId)];

    /// <summary>EMG-04: the complainant was told, by phone or SMS.</summary>
    public void CompleteNotification(Guid complaintId, NotificationChannel channel, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown notification channel.");
        }

        RequireLink(complaintId);
        var task = _notifications.First(n => n.ComplaintId == complaintId);
        if (task.IsDone)
        {
            throw new InvalidTransitionException("notify", "done", "The complainant has already been told.");
        }

        task.Complete(channel, by, at);
    }

    /// <summary>
    /// EMG-04: recomputes the progress from the linked complaints' states and judges the
    /// resolve-all clock (and the plan clock): all resolved after the due time, or still open
    /// past it, is a breach, recorded once. A linked complaint missing from
    /// <paramref name="states"/> counts as unresolved.
    /// </summary>
    public MassIncidentProgress UpdateProgress(IEnumerable<LinkedComplaintState> states, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(states);
        var byId = new Dictionary<Guid, LinkedComplaintState>();
        foreach (var state in states)
        {
            byId[state.ComplaintId] = state;
        }

        var resolved = _links.Select(l => byId.GetValueOrDefault(l.ComplaintId)).Where(s => s is { IsResolved: true }).ToList();
        ResolvedCount = resolved.Count;
        var complete = TotalCount > 0 && ResolvedCount == TotalCount;
        AllResolvedAt = complete ? resolved.Max(s => s!.ResolvedAt ?? now) : null;

        RecordDueBreaches(now);
        var late = complete ? AllResolvedAt > ResolveDueAt : TotalCount > 0 && now > ResolveDueAt;
        if (late)
        {
            ClockBreach.AddOnce(_breaches, "EMG-04", EmergencyClocks.ResolveAll, ResolveDueAt, now);
        }

        return new MassIncidentProgress(ResolvedCount, TotalCount, AllResolvedAt);
    }

    private MassIncidentLink RequireLink(Guid complaintId) =>
        _links.Find(l => l.ComplaintId == complaintId)
        ?? throw new ArgumentException($"Complaint {complaintId} is not linked to this mass complaint.", nameof(complaintId));
}
