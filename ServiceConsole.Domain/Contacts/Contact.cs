using ServiceConsole.Domain.Customers;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Contacts;

/// <summary>
/// One customer contact (chat, call or counter visit) from arrival to close. It records its
/// first-response time against SVC-01…03 when answered, and its resolution and rating for
/// SVC-08/09 when closed. States: waiting → answered → closed, or waiting → closed (abandoned).
/// </summary>
public sealed class Contact : CustomerRecord
{
    // For EF Core materialisation only.
    private Contact()
    {
    }

    public Guid Id { get; private set; }
    public string ExternalId { get; private set; } = "";
    public Channel Channel { get; private set; }
    public string CustomerName { get; private set; } = "";
    public string CustomerPhone { get; private set; } = "";
    public string? WaybillNo { get; private set; }
    public string? Topic { get; private set; }
    public DateTimeOffset ArrivedAt { get; private set; }

    /// <summary>When the first response is due; <c>null</c> for the counter (SVC-03).</summary>
    public DateTimeOffset? RespondBy { get; private set; }

    public ContactStatus Status { get; private set; }
    public string? AgentCode { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Seconds from arrival to answer, rounded to 0.1 s for display; the limit check uses exact ticks.</summary>
    public double? FirstResponseSeconds { get; private set; }

    public bool? WithinTarget { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public bool? Resolved { get; private set; }
    public int? Satisfaction { get; private set; }

    /// <summary>EMG-05: created by an emergency drill; touches no real customer and stays out of KPIs.</summary>
    public bool IsDrill { get; private set; }

    public static Contact Receive(ContactIntake intake, FirstResponsePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(policy);
        if (intake.Id == Guid.Empty)
        {
            throw new ArgumentException("A contact needs an id.", "id");
        }

        if (string.IsNullOrWhiteSpace(intake.ExternalId))
        {
            throw new ArgumentException("A contact needs the caller's external id.", "externalId");
        }

        ArgumentNullException.ThrowIfNull(intake.CustomerName, "customerName");
        ArgumentNullException.ThrowIfNull(intake.CustomerPhone, "customerPhone");

        var agent = string.IsNullOrWhiteSpace(intake.AgentCode) ? null : intake.AgentCode;
        return new Contact
        {
            Id = intake.Id,
            ExternalId = intake.ExternalId,
            Channel = intake.Channel,
            CustomerName = intake.CustomerName,
            CustomerPhone = intake.CustomerPhone,
            WaybillNo = intake.WaybillNo,
            Topic = intake.Topic,
            ArrivedAt = intake.ArrivedAt,
            RespondBy = policy.RespondBy(intake.Channel, intake.ArrivedAt),
            Status = ContactStatus.Waiting,
            AgentCode = agent,
            AssignedAt = agent is null ? null : intake.ArrivedAt,
            IsDrill = intake.IsDrill,
        };
    }

    /// <summary>Queues the waiting contact to an agent (routing or a supervisor's reassignment).</summary>
    public void AssignTo(string agentCode, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        EnsureWaiting("assign");
        AgentCode = agentCode;
        AssignedAt = at;
    }

    /// <summary>Puts the waiting contact back in the unrouted queue, e.g. when its agent goes away.</summary>
    public void Unassign()
    {
        EnsureWaiting("unassign");
        AgentCode = null;
        AssignedAt = null;
    }

    public void Answer(string agentCode, DateTimeOffset at, FirstResponsePolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentNullException.ThrowIfNull(policy);
        EnsureWaiting("answer");
        if (at < ArrivedAt)
        {
            throw new ArgumentException("A contact cannot be answered before it arrived.", nameof(at));
        }

        if (AgentCode != agentCode)
        {
            // Another agent picked it up: the assignment is theirs from now on.
            AgentCode = agentCode;
            AssignedAt = at;
        }

        Status = ContactStatus.Answered;
        AnsweredAt = at;
        FirstResponseSeconds = Math.Round((at - ArrivedAt).TotalSeconds, 1, MidpointRounding.AwayFromZero);
        WithinTarget = policy.IsWithinTarget(Channel, ArrivedAt, at);
    }

    /// <summary>
    /// Ends the contact. From waiting it was abandoned (never answered); from answered it was
    /// served. <paramref name="resolved"/> feeds first-contact resolution (SVC-08),
    /// <paramref name="satisfaction"/> the 1–5 rating (SVC-09).
    /// </summary>
    public void Close(DateTimeOffset at, bool resolved, int? satisfaction)
    {
        if (Status == ContactStatus.Closed)
        {
            throw new InvalidTransitionException("close", WireNames.ToWire(Status), "The contact is already closed.");
        }

        if (satisfaction is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(satisfaction), satisfaction, "Satisfaction is rated 1 to 5.");
        }

        if (at < (AnsweredAt ?? ArrivedAt))
        {
            throw new ArgumentException("A contact cannot be closed before it arrived or was answered.", nameof(at));
        }

        Status = ContactStatus.Closed;
        ClosedAt = at;
        Resolved = resolved;
        Satisfaction = satisfaction;
    }

    /// <summary>The KPI view of this contact (SVC-07…09).</summary>
    public ContactOutcome ToOutcome() => new(Channel, ArrivedAt, AnsweredAt, Resolved, Satisfaction);

    private void EnsureWaiting(string action)
    {
        if (Status != ContactStatus.Waiting)
        {
            throw new InvalidTransitionException(
                action,
                WireNames.ToWire(Status),
                $"Cannot {action} a contact that is {WireNames.ToWire(Status)}; only a waiting contact can.");
        }
    }
}
