using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// EMG-05: the customers of a drill, made up by <see cref="DrillCustomerGenerator"/> and sent through the
/// same ContactService and ComplaintService as real ones, marked as drill records. Contacts go to on-duty
/// agents in turn; a mass-complaint drill files one more complaint on one issue than the threshold allows
/// within the window, so the real detector (EMG-03) switches the mode on.
/// </summary>
public sealed class DrillRecordMaker(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    ContactService contacts,
    ComplaintService complaints,
    IOptions<DrillOptions> options,
    IOptions<PolicyOptions> policy,
    TimeProvider time,
    ILogger<DrillRecordMaker> logger)
{
    private static readonly AgentStatus[] _onDuty = [AgentStatus.Available, AgentStatus.OnContact, AgentStatus.AfterContact];

    public int ComplaintCount => policy.Value.Emergency.MassComplaintThreshold + 1;

    /// <summary>Files the mass-complaint drill's complaints, oldest first, all within half the detector's window.</summary>
    /// <returns>How many were stored.</returns>
    public async Task<int> FileComplaintsAsync(DrillRun run, CancellationToken cancellationToken)
    {
        var customers = Customers(run);
        var agents = await OnDutyAgentsAsync(run, cancellationToken);
        var now = time.GetUtcNow();
        var window = TimeSpan.FromMinutes(policy.Value.Emergency.MassComplaintWindowMinutes);
        var spacing = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, window.Ticks / (2 * ComplaintCount)));
        var stored = 0;
        for (var i = 0; i < ComplaintCount; i++)
        {
            var customer = customers[options.Value.Contacts + i];
            (string Code, Channel Channel)? agent = agents.Count == 0 ? null : agents[i % agents.Count];
            var request = new ComplaintCreateRequest(
                $"{run.RecordPrefix}k{i + 1:D2}", WireNames.ToWire(agent?.Channel ?? Channel.Phone), customer.Name, customer.Phone,
                customer.WaybillNo, DrillTexts.OutletCode, WireNames.ToWire(ComplaintCategory.Delay), 1, null, null, null, null, null,
                DrillTexts.ComplaintDemand, run.IssueKey, now - (spacing * (ComplaintCount - 1 - i)));
            var result = await complaints.CreateAsync(request, DrillActor(agent?.Code), cancellationToken, isDrill: true);
            stored += result.Succeeded ? 1 : 0;
            LogRefusal(result.Succeeded, request.ExternalId, result.Errors, result.Detail);
        }

        return stored;
    }

    /// <summary>The drill's contacts, one per on-duty agent in turn (from a place that differs per drill).</summary>
    public async Task<int> SendContactsAsync(DrillRun run, CancellationToken cancellationToken)
    {
        var customers = Customers(run);
        var agents = await OnDutyAgentsAsync(run, cancellationToken);
        var stored = 0;
        for (var i = 0; i < options.Value.Contacts; i++)
        {
            var customer = customers[i];
            (string Code, Channel Channel)? agent = agents.Count == 0 ? null : agents[i % agents.Count];
            var request = new ContactCreateRequest(
                $"{run.RecordPrefix}c{i + 1:D2}", WireNames.ToWire(agent?.Channel ?? Channel.Phone), customer.Name, customer.Phone,
                customer.WaybillNo, DrillTexts.ContactTopic(run.Mode), time.GetUtcNow(), agent?.Code);
            var result = await contacts.CreateAsync(request, DrillActor(null), cancellationToken, isDrill: true);
            stored += result.Succeeded ? 1 : 0;
            LogRefusal(result.Succeeded, request.ExternalId, result.Errors, result.Detail);
        }

        return stored;
    }

    private IReadOnlyList<DrillCustomer> Customers(DrillRun run) =>
        DrillCustomerGenerator.Generate(run.Id, options.Value.Contacts + ComplaintCount);

    private async Task<List<(string Code, Channel Channel)>> OnDutyAgentsAsync(DrillRun run, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // A few dozen rows: filtered here rather than asking SQL to compare enums stored as text.
        var agents = (await db.Agents.AsNoTracking().Select(a => new { a.Code, a.Channel, a.Status }).ToListAsync(cancellationToken))
            .Where(a => _onDuty.Contains(a.Status))
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => (a.Code, a.Channel))
            .ToList();
        if (agents.Count == 0)
        {
            return agents;
        }

        // Each drill starts somewhere else on the roster, so over the months everyone takes part.
        var start = (int)(BitConverter.ToUInt32(run.Id.ToByteArray(), 12) % (uint)agents.Count);
        return [.. agents.Skip(start), .. agents.Take(start)];
    }

    // The drill files the records; the agent code only decides whose queue a complaint lands in.
    private static Actor DrillActor(string? agentCode) => new(DrillRunner.DrillActorName, agentCode, false);

    private void LogRefusal(bool succeeded, string? externalId, IReadOnlyDictionary<string, string[]>? errors, string? detail)
    {
        if (!succeeded)
        {
            logger.LogWarning(
                "Drill record {ExternalId} was refused: {Detail}", externalId,
                detail ?? string.Join("; ", errors?.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")) ?? []));
        }
    }
}
