using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Promotions;

namespace ServiceConsole.Domain.Agents;

/// <summary>
/// A customer-service agent as routing and the board see them. The agent owns its status rules: the work
/// moves it between available and on-contact, a supervisor sets it available, away, in training or
/// suspended; only an agent on duty is offered contacts.
/// </summary>
public sealed class Agent
{
    // For EF Core materialisation only.
    private Agent()
    {
    }

    public Agent(string code, string name, string teamCode, Channel channel, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamCode);
        Code = code;
        Name = name;
        TeamCode = teamCode;
        Channel = channel;
        Status = AgentStatus.Available;
        StatusSince = now;
        IdleSince = now;
    }

    /// <summary>The statuses a supervisor sets by hand; on-contact and after-contact follow the agent's work.</summary>
    public static IReadOnlyList<AgentStatus> SettableStatuses { get; } =
        [AgentStatus.Available, AgentStatus.Away, AgentStatus.InTraining, AgentStatus.Suspended];

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string TeamCode { get; private set; } = "";

    public Channel Channel { get; private set; }

    public AgentStatus Status { get; private set; }

    public DateTimeOffset StatusSince { get; private set; }

    /// <summary>When the agent last had no open contact; routing prefers the longest idle.</summary>
    public DateTimeOffset IdleSince { get; private set; }

    /// <summary>What keeps the agent off duty (onboarding, training, suspension); <see cref="DutyHold.None"/> when nothing does.</summary>
    public DutyHold Hold { get; private set; }

    /// <summary>When a time-limited hold (a suspension) ends; null for a hold that lasts until it is released.</summary>
    public DateTimeOffset? HoldUntil { get; private set; }

    /// <summary>The policy rule behind the hold (e.g. TRN-01, TRN-06, SVC-11); null without a hold.</summary>
    public string? HoldRuleId { get; private set; }

    /// <summary>PRM-01: the agent's level (specialist by default); changed only when an approved promotion takes effect.</summary>
    public PromotionLevel Level { get; private set; } = PromotionLevel.Specialist;

    /// <summary>Whether the agent may be offered contacts and handed them by a supervisor.</summary>
    public bool IsOnDuty => Hold == DutyHold.None && IsOnDutyStatus(Status);

    /// <summary>Whether routing may give the agent work at all: false for a held agent, whatever the status says.</summary>
    public bool CanTakeWork => Hold == DutyHold.None;

    public static bool IsOnDutyStatus(AgentStatus status) =>
        status is AgentStatus.Available or AgentStatus.OnContact or AgentStatus.AfterContact;

    /// <summary>The agent answered a contact: an available agent is now on contact; one away or in training keeps that status.</summary>
    public void BeginContact(DateTimeOffset at)
    {
        if (Status is AgentStatus.Available or AgentStatus.AfterContact)
        {
            Status = AgentStatus.OnContact;
            StatusSince = at;
        }
    }

    /// <summary>A contact closed: the agent is available again, and idle from now, once no answered contact is left open.</summary>
    public void EndContact(DateTimeOffset at, bool stillServing)
    {
        if (Status != AgentStatus.OnContact || stillServing)
        {
            return;
        }

        Status = AgentStatus.Available;
        StatusSince = at;
        IdleSince = at;
    }

    /// <summary>
    /// A supervisor sets the status. Setting available while the agent still serves a customer keeps them on
    /// contact; an agent set available with nothing open is idle from now.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The status follows the work and cannot be set by hand.</exception>
    /// <exception cref="InvalidTransitionException">The agent is held off duty and the status would put them on duty.</exception>
    public void SetBySupervisor(AgentStatus status, bool serving, DateTimeOffset now)
    {
        if (!SettableStatuses.Contains(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A supervisor sets available, away, in-training or suspended.");
        }

        if (Hold != DutyHold.None && IsOnDutyStatus(status))
        {
            throw new InvalidTransitionException(
                "set-on-duty", WireNames.ToWire(Status),
                $"Agent {Code} is held off duty ({HoldRuleId}: {Hold}) until the hold is released.");
        }

        Status = status == AgentStatus.Available && serving ? AgentStatus.OnContact : status;
        StatusSince = now;
        if (status == AgentStatus.Available && !serving)
        {
            IdleSince = now;
        }
    }

    /// <summary>
    /// Holds the agent off duty: in training for onboarding or training, suspended for a suspension. A later hold
    /// replaces an earlier one (a suspension during training, say), so the agent carries one reason at a time.
    /// </summary>
    public void PlaceHold(DutyHold hold, string ruleId, DateTimeOffset? until, DateTimeOffset now)
    {
        if (hold == DutyHold.None)
        {
            throw new ArgumentOutOfRangeException(nameof(hold), hold, "Release a hold rather than placing none.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        if (until is { } end && end <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "A hold ends after it starts.");
        }

        Hold = hold;
        HoldRuleId = ruleId;
        HoldUntil = until;
        var status = hold == DutyHold.Suspension ? AgentStatus.Suspended : AgentStatus.InTraining;
        if (Status != status)
        {
            Status = status;
            StatusSince = now;
        }
    }

    /// <summary>
    /// Ends the hold of the given kind (a passed exam, a passed training, the end of a suspension). The agent is
    /// away until a supervisor puts them on duty; releasing a hold the agent does not carry changes nothing and
    /// returns false, so a late job cannot release a newer hold.
    /// </summary>
    public bool ReleaseHold(DutyHold hold, DateTimeOffset now)
    {
        if (hold == DutyHold.None || Hold != hold)
        {
            return false;
        }

        Hold = DutyHold.None;
        HoldRuleId = null;
        HoldUntil = null;
        Status = AgentStatus.Away;
        StatusSince = now;
        return true;
    }

    /// <summary>
    /// PRM-04: the effective-date step of an approved promotion gives the agent its target level; false (nothing
    /// changes) before the effective day or for an application that is not approved (already in effect, rejected).
    /// </summary>
    public bool Promote(PromotionApplication application, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Status != PromotionStatus.Approved)
        {
            return false;
        }

        if (application.AgentCode != Code || application.FromLevel != Level)
        {
            throw new InvalidTransitionException(
                "promote", PromotionLevels.ToWire(Level), $"Promotion {application.Id} is not for agent {Code} at level {PromotionLevels.ToWire(Level)}.");
        }

        if (!application.TakeEffect(today, now))
        {
            return false;
        }

        Level = application.TargetLevel;
        return true;
    }

    /// <summary>For the demo seed only: how long the agent has been idle at start-up spreads the first contacts.</summary>
    public void IdleFrom(DateTimeOffset since) => IdleSince = since;
}
