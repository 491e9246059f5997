namespace ServiceConsole.Domain.Security;

/// <summary>What raised a security incident.</summary>
public enum SecurityIncidentKind
{
    /// <summary>INF-10: one account read more customers in clear within the window than the policy allows.</summary>
    SuspectedLeak,

    /// <summary>INF-11: a system fault lost or leaked data; the emergency plan must start within the policy's hours.</summary>
    DataLoss,
}

/// <summary>
/// A security incident (INF-10, INF-11). A suspected leak names the account and how many customers it read in clear,
/// and is flagged for police referral when the count is over the policy's limit; a data-loss incident carries the
/// plan clock and the affected customers, each of whom is owed a notification with an apology.
/// </summary>
public sealed class SecurityIncident
{
    private readonly List<AffectedCustomer> _customers = [];

    private SecurityIncident()
    {
    }

    public Guid Id { get; private set; }

    public SecurityIncidentKind Kind { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Who opened it: an admin, or <c>system</c> for a detected leak.</summary>
    public string OpenedBy { get; private set; } = "";

    /// <summary>The account under suspicion (a suspected leak).</summary>
    public string? Account { get; private set; }

    /// <summary>How many customers the account read in clear within the window, or how many a data loss touched.</summary>
    public int RecordCount { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>INF-10: flagged for referral to the police.</summary>
    public bool PoliceReferral { get; private set; }

    /// <summary>INF-11: when the emergency plan must have started (a data loss).</summary>
    public DateTimeOffset? PlanDueAt { get; private set; }

    public DateTimeOffset? PlanStartedAt { get; private set; }

    public string? PlanStartedBy { get; private set; }

    /// <summary>When the plan clock was found run out with no plan started.</summary>
    public DateTimeOffset? PlanBreachedAt { get; private set; }

    public IReadOnlyList<AffectedCustomer> Customers => _customers;

    /// <summary>INF-10: <paramref name="customers"/> read in clear by <paramref name="account"/> within the window, over <paramref name="limit"/>.</summary>
    public static SecurityIncident SuspectLeak(Guid id, string account, int customers, int limit, int windowMinutes, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        if (customers <= limit)
        {
            throw new ArgumentOutOfRangeException(nameof(customers), customers, $"A leak is suspected only above {limit} customers.");
        }

        return new SecurityIncident
        {
            Id = id, Kind = SecurityIncidentKind.SuspectedLeak, OpenedAt = at, OpenedBy = "system", Account = account,
            RecordCount = customers, PoliceReferral = true,
            Description = $"{customers} customers read in clear within {windowMinutes} minutes (limit {limit})",
        };
    }

    /// <summary>INF-11: an admin records a data loss; the plan is due <paramref name="planHours"/> hours later.</summary>
    public static SecurityIncident OpenDataLoss(
        Guid id, string description, IReadOnlyCollection<Guid> customerIds, int leakLimit, int planHours, string openedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        ArgumentNullException.ThrowIfNull(customerIds);
        var incident = new SecurityIncident
        {
            Id = id, Kind = SecurityIncidentKind.DataLoss, OpenedAt = at, OpenedBy = openedBy, Description = description.Trim(),
            RecordCount = customerIds.Count, PoliceReferral = customerIds.Count > leakLimit, PlanDueAt = at.AddHours(planHours),
        };
        incident._customers.AddRange(customerIds.Distinct().Select(c => new AffectedCustomer(c)));
        incident.RecordCount = incident._customers.Count;
        return incident;
    }

    /// <summary>The emergency plan has started: the clock stops (met when at or before its due time).</summary>
    public void StartPlan(string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Kind != SecurityIncidentKind.DataLoss)
        {
            throw new InvalidTransitionException("plan", "suspected-leak", "Only a data-loss incident has an emergency plan.");
        }

        if (PlanStartedAt is not null)
        {
            throw new InvalidTransitionException("plan", "plan-started", "The emergency plan has already started.");
        }

        (PlanStartedAt, PlanStartedBy) = (at, by);
        if (at > PlanDueAt)
        {
            PlanBreachedAt ??= at;
        }
    }

    /// <summary>Records the breach once if the plan clock ran out with no plan; true when newly recorded.</summary>
    public bool RecordDueBreach(DateTimeOffset now)
    {
        if (PlanDueAt is not { } due || PlanStartedAt is not null || PlanBreachedAt is not null || now <= due)
        {
            return false;
        }

        PlanBreachedAt = now;
        return true;
    }

    /// <summary>The customer has been told, with an apology (INF-11); false when they were already.</summary>
    public bool Notify(Guid customerId, string by, DateTimeOffset at)
    {
        var customer = _customers.FirstOrDefault(c => c.CustomerId == customerId)
            ?? throw new ArgumentException("The customer is not affected by this incident.", nameof(customerId));
        return customer.Notify(by, at);
    }
}

/// <summary>One customer a data loss touched, and whether they have been notified.</summary>
public sealed class AffectedCustomer(Guid customerId)
{
    public Guid CustomerId { get; private set; } = customerId;

    public DateTimeOffset? NotifiedAt { get; private set; }

    public string? NotifiedBy { get; private set; }

    internal bool Notify(string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (NotifiedAt is not null)
        {
            return false;
        }

        (NotifiedAt, NotifiedBy) = (at, by);
        return true;
    }
}
