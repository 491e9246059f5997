using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Demo;

/// <summary>
/// Live demo traffic through the same services as the API: contacts arrive, agents answer (most on time,
/// some late) and close with ratings, and some customers complain. What happens to a contact is derived
/// from its id, so the simulator keeps no state and picks up where it was after a restart.
/// </summary>
public sealed class DemoTrafficSimulator(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    ContactService contacts,
    ComplaintService complaints,
    IOptions<ServiceConsoleOptions> options,
    TimeProvider time,
    ILogger<DemoTrafficSimulator> logger) : BackgroundService
{
    private static readonly Actor Simulator = new("demo-traffic", null, false);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);

    private readonly DemoOptions _demo = options.Value.Demo;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_demo.Enabled || _demo.TrafficPerMinute <= 0)
        {
            return;
        }

        var random = _demo.Seed is { } seed ? new Random(seed) : new Random();
        var names = new DemoNames(random);
        var perTick = _demo.TrafficPerMinute / 60.0 * Tick.TotalSeconds;
        var carry = 0.0;
        logger.LogInformation("Demo traffic: about {PerMinute} contacts a minute", _demo.TrafficPerMinute);
        using var timer = new PeriodicTimer(Tick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                carry += perTick * (0.5 + random.NextDouble());
                for (; carry >= 1; carry--)
                {
                    await ArriveAsync(random, names, stoppingToken);
                }

                await WorkQueuesAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Demo traffic tick failed; continuing");
            }
        }
    }

    private async Task ArriveAsync(Random random, DemoNames names, CancellationToken cancellationToken)
    {
        var channel = random.Next(100) switch
        {
            < 55 => Channel.Online,
            < 90 => Channel.Phone,
            _ => Channel.Offline,
        };
        var customerName = names.CustomerName();
        var phone = names.Phone();
        var waybill = names.Waybill();
        await contacts.CreateAsync(
            new ContactCreateRequest(
                $"demo-{Guid.NewGuid():N}", WireNames.ToWire(channel), customerName, phone,
                random.Next(4) == 0 ? null : waybill, DemoNames.ContactTopics[random.Next(DemoNames.ContactTopics.Length)], null, null),
            Simulator, cancellationToken);

        if (random.NextDouble() < _demo.ComplaintShare)
        {
            await complaints.CreateAsync(DemoComplaints.Next(random, names, customerName, phone, waybill, channel), Simulator, cancellationToken);
        }
    }

    private async Task WorkQueuesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Contacts.AsNoTracking()
            .Where(c => c.Status != ContactStatus.Closed && !c.IsDrill && c.ExternalId.StartsWith("demo-"))
            .OrderBy(c => c.ArrivedAt)
            .Select(c => new { c.Id, c.Channel, c.Status, c.AgentCode, c.ArrivedAt, c.AssignedAt, c.AnsweredAt })
            .Take(400)
            .ToListAsync(cancellationToken);
        foreach (var c in open)
        {
            if (c.AgentCode is { } owner && _demo.HumanAgents.Contains(owner, StringComparer.Ordinal))
            {
                continue; // a person is working this queue in the demo
            }

            var plan = DemoContactPlan.For(c.Id, c.Channel);
            if (c.Status == ContactStatus.Waiting && c.AgentCode is { } agent && c.AssignedAt is { } assignedAt
                && now >= Later(c.ArrivedAt, assignedAt) + plan.AnswerAfter)
            {
                await contacts.AnswerAsync(c.Id, new ContactAnswerRequest(agent, null), Simulator, cancellationToken);
            }
            else if (c.Status == ContactStatus.Answered && c.AnsweredAt is { } answeredAt && now >= answeredAt + plan.HandleFor)
            {
                await contacts.CloseAsync(c.Id, new ContactCloseRequest(null, plan.Resolved, plan.Satisfaction), Simulator, cancellationToken);
            }
            else if (c.Status == ContactStatus.Waiting && c.AgentCode is null && now - c.ArrivedAt > plan.Patience)
            {
                // The customer gave up waiting: an abandoned contact, unresolved and unrated.
                await contacts.CloseAsync(c.Id, new ContactCloseRequest(null, false, null), Simulator, cancellationToken);
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
