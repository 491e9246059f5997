using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-03/04: one mass complaint, from the complaint that tipped the spike to the last one
/// resolved. Opened on the event time of that complaint, it publishes the unified apology at
/// once, names its team, links the complaints of its issue (each gets a notification task),
/// and runs two clocks: the plan within <c>MassComplaintPlanHours</c> (2) and every linked
/// complaint resolved within <c>MassComplaintResolveHours</c> (48). Each breach is recorded once.
/// One <see cref="MassSolution"/> is decided for all; the links record where it was applied.
/// </summary>
public sealed partial class MassIncident
{
    private readonly List<MassIncidentLink> _links = [];
    private readonly List<MassNotificationTask> _notifications = [];
    private readonly List<ClockBreach> _breaches = [];

    // For EF Core materialisation only.
    private MassIncident()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The <see cref="Complaint.IssueKey"/> every linked complaint shares.</summary>
    public string IssueKey { get; private set; } = "";

    /// <summary>The issue as people say it (e.g. "杭州西湖网点派送延误"), used in the notices.</summary>
    public string IssueTitle { get; private set; } = "";

    /// <summary>The event time (<c>receivedAt</c>) of the complaint that made the spike; both clocks run from here.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    public bool IsDrill { get; private set; }
    public string ApologyNotice { get; private set; } = "";
    public DateTimeOffset ApologyPublishedAt { get; private set; }
    public DateTimeOffset PlanDueAt { get; private set; }
    public DateTimeOffset ResolveDueAt { get; private set; }
    public string? PlanText { get; private set; }

    /// <summary>First publication; a revision does not move it, so the plan clock is judged once.</summary>
    public DateTimeOffset? PlanPublishedAt { get; private set; }

    public string? PlanPublishedBy { get; private set; }
    public DateTimeOffset? PlanRevisedAt { get; private set; }
    public string? TeamAgentCode { get; private set; }
    public string? TeamSpecialistCode { get; private set; }
    public string? TeamOutletHeadName { get; private set; }
    public string? TeamFormedBy { get; private set; }
    public DateTimeOffset? TeamFormedAt { get; private set; }

    /// <summary>Linked complaints resolved at the last <see cref="UpdateProgress"/>, for the board's progress bar.</summary>
    public int ResolvedCount { get; private set; }

    /// <summary>When the last linked complaint was resolved, while all are; null as soon as one is open again.</summary>
    public DateTimeOffset? AllResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }

    public IReadOnlyList<MassIncidentLink> Links => _links;
    public IReadOnlyList<MassNotificationTask> Notifications => _notifications;
    public IReadOnlyList<ClockBreach> Breaches => _breaches;
    public int TotalCount => _links.Count;
    public bool IsClosed => ClosedAt is not null;

    public EmergencyTeam? Team => TeamAgentCode is null ? null : new(TeamAgentCode, TeamSpecialistCode!, TeamOutletHeadName!);

    public EmergencyClock PlanClock => new(EmergencyClocks.Plan, "EMG-04", PlanDueAt, PlanPublishedAt, HasBreach(EmergencyClocks.Plan));

    public EmergencyClock ResolveAllClock =>
        new(EmergencyClocks.ResolveAll, "EMG-04", ResolveDueAt, AllResolvedAt, HasBreach(EmergencyClocks.ResolveAll));

    public IReadOnlyList<EmergencyClock> Clocks => [PlanClock, ResolveAllClock];

    /// <param name="apologyNotice">The unified apology (<c>ServiceScripts.MassComplaintApology</c>), published at <paramref name="publishedAt"/>.</param>
    public static MassIncident Open(
        Guid id, string issueKey, string issueTitle, DateTimeOffset openedAt, string apologyNotice, bool isDrill, PolicyOptions options, DateTimeOffset publishedAt)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A mass complaint needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(issueKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(issueTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(apologyNotice);
        ArgumentNullException.ThrowIfNull(options);
        return new MassIncident
        {
            Id = id,
            IssueKey = issueKey,
            IssueTitle = issueTitle.Trim(),
            OpenedAt = openedAt,
            IsDrill = isDrill,
            ApologyNotice = apologyNotice,
            ApologyPublishedAt = publishedAt,
            PlanDueAt = openedAt.AddHours(options.Emergency.MassComplaintPlanHours),
            ResolveDueAt = openedAt.AddHours(options.Emergency.MassComplaintResolveHours),
        };
    }

    /// <summary>EMG-03: names (or renames) the team; open notification tasks go to its agent.</summary>
    public void FormTeam(EmergencyTeam team, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        (TeamAgentCode, TeamSpecialistCode, TeamOutletHeadName) = (team.AgentCode, team.SpecialistCode, team.OutletHeadName);
        (TeamFormedBy, TeamFormedAt) = (by, at);
        foreach (var task in _notifications.Where(n => !n.IsDone))
        {
            task.AssignIfUnassigned(team.AgentCode);
        }
    }

    /// <summary>
    /// EMG-03: links a complaint of this issue and creates its notification task. Idempotent:
    /// linking it again returns null and creates nothing.
    /// </summary>
    public MassIncidentLink? Link(Complaint complaint, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (_links.Exists(l => l.ComplaintId == complaint.Id))
        {
            return null;
        }

        if (IsClosed)
        {
            throw new InvalidTransitionException("link", "closed", "The mass complaint is closed; the complaint is handled on its own.");
        }

        if (!string.Equals(complaint.IssueKey, IssueKey, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The complaint is about '{complaint.IssueKey}', not '{IssueKey}'.", nameof(complaint));
        }

        if (complaint.IsDrill != IsDrill)
        {
            throw new ArgumentException("A drill and a real emergency never share complaints (EMG-05).", nameof(complaint));
        }

        if (complaint.IncidentId is { } other && other != Id)
        {
            throw new InvalidTransitionException("link", "linked", $"The complaint already belongs to mass complaint {other}.");
        }

        complaint.LinkIncident(Id);
        var link = new MassIncidentLink(complaint.Id, at);
        _links.Add(link);
        _notifications.Add(new MassNotificationTask(complaint.Id, TeamAgentCode, at));
        return link;
    }

    /// <summary>EMG-04: publishes the handling plan; after the due instant it is a breach. A later call revises the text.</summary>
    public void PublishPlan(string text, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        RecordDueBreaches(at);
        PlanText = text.Trim();
        if (PlanPublishedAt is null)
        {
            (PlanPublishedAt, PlanPublishedBy) = (at, by);
        }
        else
        {
            PlanRevisedAt = at;
        }
    }

    /// <summary>For the scheduler: records the plan clock if it ran out unpublished. Idempotent.</summary>
    /// <returns>The breaches newly recorded.</returns>
    public IReadOnlyList<ClockBreach> RecordDueBreaches(DateTimeOffset now)
    {
        if (PlanPublishedAt is null && now > PlanDueAt
            && ClockBreach.AddOnce(_breaches, "EMG-04", EmergencyClocks.Plan, PlanDueAt, now) is { } breach)
        {
            return [breach];
        }

        return [];
    }

    public void Close(string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (IsClosed)
        {
            throw new InvalidTransitionException("close", "closed", "The mass complaint is already closed.");
        }

        (ClosedAt, ClosedBy) = (at, by);
    }

    private bool HasBreach(string clock) => _breaches.Exists(b => b.Clock == clock);
}
