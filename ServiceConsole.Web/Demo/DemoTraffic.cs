using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Demo;

/// <summary>
/// One step of the demo's day, through the same services a person uses, as the people who would act: contacts
/// arrive from telephony and chat (the integration), the simulated agents answer and close them, register the
/// complaints customers make, and carry their complaints (and the specialists the major ones) through evidence,
/// verification, proposals, the customer's answer and the follow-up call. What happens to a contact or complaint is
/// drawn from its id (<see cref="DemoContactPlan"/>, <see cref="DemoComplaintPlan"/>), so the simulator keeps no
/// state of its own and picks up where it was after a restart. <see cref="DemoTrafficSimulator"/> calls
/// <see cref="TickAsync"/> every <see cref="Tick"/>; a test calls it on a fake clock.
/// </summary>
public sealed class DemoTraffic
{
    /// <summary>How often the simulated agents look at their queues; the on-time answers leave room for it.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);

    /// <summary>Contacts and complaints from the telephony and chat systems arrive as an integration's calls do.</summary>
    private static readonly Actor Telephony = new(StaffDirectory.IntegrationName, null, ActsOnlyAsAgent: false);

    /// <summary>Arrivals owed after a long pause (a suspended host) are not made up all at once.</summary>
    private static readonly TimeSpan LongestCatchUp = TimeSpan.FromSeconds(5);

    private readonly IDbContextFactory<ConsoleDbContext> _dbFactory;
    private readonly ContactService _contacts;
    private readonly ComplaintService _complaints;
    private readonly IComplaintDesk _desk;
    private readonly FirstResponsePolicy _responsePolicy;
    private readonly IStaffDirectory _staff;
    private readonly TimeProvider _time;
    private readonly ILogger<DemoTraffic> _logger;
    private readonly DemoOptions _demo;
    private readonly Random _random;
    private readonly DemoNames _names;
    private readonly HashSet<string> _humans;
    private DateTimeOffset? _lastTick;
    private DateTimeOffset _nextComplaintPass = DateTimeOffset.MinValue;
    private double _carry;
    private DemoStaff? _people;

    public DemoTraffic(
        IDbContextFactory<ConsoleDbContext> dbFactory,
        ContactService contacts,
        ComplaintService complaints,
        IComplaintDesk desk,
        FirstResponsePolicy responsePolicy,
        IStaffDirectory staff,
        IOptions<ServiceConsoleOptions> options,
        TimeProvider time,
        ILogger<DemoTraffic> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_dbFactory, _contacts, _complaints, _desk, _responsePolicy, _staff, _time, _logger) =
            (dbFactory, contacts, complaints, desk, responsePolicy, staff, time, logger);
        _demo = options.Value.Demo;
        _random = _demo.Seed is { } seed ? new Random(seed) : new Random();
        _names = new DemoNames(_random);
        _humans = new HashSet<string>(_demo.HumanAgents, StringComparer.Ordinal);
    }

    /// <summary>New contacts for the time since the last tick, then every contact and complaint step that is due.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var elapsed = _lastTick is { } last ? now - last : Tick;
        _lastTick = now;
        _carry += _demo.TrafficPerMinute / 60.0 * Math.Clamp(elapsed.TotalSeconds, 0, LongestCatchUp.TotalSeconds) * (0.5 + _random.NextDouble());
        for (; _carry >= 1; _carry--)
        {
            await ArriveAsync(cancellationToken);
        }

        await WorkContactsAsync(now, cancellationToken);
        if (now >= _nextComplaintPass)
        {
            _nextComplaintPass = now + TimeSpan.FromSeconds(_demo.Complaints.PassSeconds);
            await WorkComplaintsAsync(now, cancellationToken);
        }
    }

    private async Task<DemoStaff> PeopleAsync(bool reload, CancellationToken cancellationToken)
    {
        if (_people is null || reload)
        {
            await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
            _people = await DemoStaff.LoadAsync(db, cancellationToken);
        }

        return _people;
    }

    private async Task ArriveAsync(CancellationToken cancellationToken)
    {
        var channel = _random.Next(100) switch
        {
            < 55 => Channel.Online,
            < 90 => Channel.Phone,
            _ => Channel.Offline,
        };
        await _contacts.CreateAsync(
            new ContactCreateRequest(
                $"demo-{Guid.NewGuid():N}", WireNames.ToWire(channel), _names.CustomerName(), _names.Phone(),
                _random.Next(4) == 0 ? null : _names.Waybill(), DemoNames.ContactTopics[_random.Next(DemoNames.ContactTopics.Length)], null, null),
            Telephony, cancellationToken);
    }

    private async Task WorkContactsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<OpenContact> open;
        await using (var db = await _dbFactory.CreateDbContextAsync(cancellationToken))
        {
            open = await db.Contacts.AsNoTracking()
                .Where(c => (c.Status == ContactStatus.Waiting || c.Status == ContactStatus.Answered) && !c.IsDrill && c.ExternalId.StartsWith("demo-"))
                .OrderBy(c => c.ArrivedAt)
                .Select(c => new OpenContact(c.Id, c.Channel, c.Status, c.AgentCode, c.ArrivedAt, c.AssignedAt, c.AnsweredAt, c.CustomerName, c.CustomerPhone, c.WaybillNo))
                .Take(400)
                .ToListAsync(cancellationToken);
        }

        var people = await PeopleAsync(reload: false, cancellationToken);
        foreach (var c in open)
        {
            if (c.AgentCode is { } owner && _humans.Contains(owner))
            {
                continue; // a person is working this queue in the demo
            }

            var plan = DemoContactPlan.For(c.Id, c.Channel, _responsePolicy.TargetFor(c.Channel), _demo);
            if (c.Status == ContactStatus.Waiting && c.AgentCode is { } agent && c.AssignedAt is { } assignedAt
                && now >= plan.AnswerDue(c.ArrivedAt, assignedAt))
            {
                await _contacts.AnswerAsync(c.Id, new ContactAnswerRequest(agent, null), people.Agent(agent), cancellationToken);
            }
            else if (c.Status == ContactStatus.Answered && c.AgentCode is { } handler && c.AnsweredAt is { } answeredAt && now >= answeredAt + plan.HandleFor)
            {
                if (plan.Complains)
                {
                    await RegisterComplaintAsync(c, people.Agent(handler), cancellationToken);
                }

                await _contacts.CloseAsync(c.Id, new ContactCloseRequest(null, plan.Resolved, plan.Satisfaction), people.Agent(handler), cancellationToken);
            }
            else if (c.Status == ContactStatus.Waiting && c.AgentCode is null && now - c.ArrivedAt > plan.Patience)
            {
                // The customer gave up waiting and the line reports it: an abandoned contact, unresolved and unrated.
                await _contacts.CloseAsync(c.Id, new ContactCloseRequest(null, false, null), Telephony, cancellationToken);
            }
        }
    }

    /// <summary>CMP-01: the agent registers the customer's complaint in the contact; a major one goes to a specialist at once (CMP-04).</summary>
    private async Task RegisterComplaintAsync(OpenContact contact, Actor agent, CancellationToken cancellationToken)
    {
        // SVC-06: the agent asks for the waybill when the customer did not give it.
        var request = DemoComplaints.Next(
            $"demo-complaint-{contact.Id:N}", _random, _names, contact.CustomerName, contact.CustomerPhone, contact.WaybillNo ?? _names.Waybill(), contact.Channel);
        var result = await _complaints.CreateAsync(request, agent, cancellationToken);
        if (!result.Succeeded)
        {
            _logger.LogWarning("Demo complaint for contact {ContactId} was not registered: {Status}", contact.Id, result.Status);
        }
    }

    private async Task WorkComplaintsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<Complaint> open;
        await using (var db = await _dbFactory.CreateDbContextAsync(cancellationToken))
        {
            open = await db.Complaints.AsNoTracking()
                .Where(c => c.Status != ComplaintStatus.Closed && !c.IsDrill && c.Assignee != null)
                .OrderBy(c => c.ReceivedAt)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
        }

        var people = await PeopleAsync(reload: true, cancellationToken);
        foreach (var complaint in open)
        {
            var owner = complaint.Assignee!;
            if (_humans.Contains(owner) || DemoComplaintPlan.Next(complaint, _demo.Complaints) is not { } step || now < step.Due)
            {
                continue;
            }

            var result = await TakeAsync(complaint, step, people.Owner(owner), cancellationToken);
            if (!result.Succeeded)
            {
                // Someone else acted first (a person in the demo): the next pass reads the complaint as it now stands.
                _logger.LogDebug("Demo step {Action} on complaint {ComplaintId}: {Status}", step.Action, complaint.Id, result.Status);
            }
        }
    }

    private Task<OperationResult<ComplaintResource>> TakeAsync(Complaint complaint, DemoComplaintStep step, Actor owner, CancellationToken cancellationToken)
    {
        var id = complaint.Id;
        switch (step.Action)
        {
            case DemoComplaintAction.RecordEvidence:
                var kind = step.Evidence!.Value;
                return _desk.RecordEvidenceAsync(
                    id, new ComplaintEvidenceRequest(WireNames.ToWire(kind), DemoComplaintScript.Evidence(kind, complaint)), owner, cancellationToken);
            case DemoComplaintAction.Verify:
                var (findings, fault, accountable) = DemoComplaintScript.Verification(complaint, step.Draw);
                return _desk.VerifyAsync(id, new ComplaintVerifyRequest(findings, WireNames.ToWire(fault), null, accountable), owner, cancellationToken);
            case DemoComplaintAction.Propose:
                var round = complaint.Rounds.Count + 1;
                var quote = _desk.Quote(complaint.ToResource(_staff));
                var kindOffered = quote?.Kind ?? CompensationKind.Coupon;
                var amount = (quote?.Amount ?? _demo.Complaints.ApologyCouponYuan) + _demo.Complaints.GoodwillYuan * (round - 1);
                return _desk.ProposeAsync(
                    id, new ComplaintProposeRequest(WireNames.ToWire(kindOffered), amount, DemoComplaintScript.Proposal(round), null), owner, cancellationToken);
            case DemoComplaintAction.Accept:
                return _desk.AcceptAsync(id, new ComplaintNoteRequest(null, null), owner, cancellationToken);
            case DemoComplaintAction.Decline:
                return _desk.DeclineAsync(id, new ComplaintNoteRequest(DemoComplaintScript.DeclineNote(step.Draw), null), owner, cancellationToken);
            case DemoComplaintAction.Callback:
                return _desk.CallbackAsync(
                    id,
                    new ComplaintCallbackRequest(
                        step.Satisfied, DemoComplaintScript.Satisfaction(step.Satisfied, step.Draw), DemoComplaintScript.CallbackNote(step.Satisfied, step.Draw), null),
                    owner,
                    cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Action, "Unknown demo step.");
        }
    }

    private sealed record OpenContact(
        Guid Id, Channel Channel, ContactStatus Status, string? AgentCode, DateTimeOffset ArrivedAt, DateTimeOffset? AssignedAt,
        DateTimeOffset? AnsweredAt, string CustomerName, string CustomerPhone, string? WaybillNo);
}
