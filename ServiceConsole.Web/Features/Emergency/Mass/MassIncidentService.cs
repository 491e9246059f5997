using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>
/// Mass-complaint mode (EMG-03/04): when the mode goes on, one incident for the issue links every
/// open complaint about it (and those that follow), publishes the unified apology at once and starts
/// the 2-hour plan and 48-hour resolve-all clocks on Quartz; the team, the plan, the one solution for
/// all and the complainants' notifications are recorded on it.
/// </summary>
public sealed partial class MassIncidentService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IOptions<PolicyOptions> policy,
    MassComplaintDetector detector,
    ServiceScripts scripts,
    ClockScheduler scheduler,
    ClockWarningPolicy warnings,
    ComplaintClockService complaintClocks,
    IngestClock clock,
    WritePath writes,
    IStaffDirectory staff,
    ILogger<MassIncidentService> logger) : IEmergencyModeHandler
{
    public const string Group = "incident-clocks";

    public EmergencyMode Mode => EmergencyMode.MassComplaint;

    public async Task OnChangedAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken)
    {
        if (entry.Action == EmergencyLogEntry.ActivateAction)
        {
            await OpenAsync(entry.IssueKey, entry.Drill, entry.At, cancellationToken);
        }
        else if (entry.Action == EmergencyLogEntry.DeactivateAction)
        {
            await CloseAsync(entry.IssueKey, entry.Drill, actor, cancellationToken);
        }
    }

    /// <summary>The open incident (a real one before a drill), else the latest.</summary>
    public async Task<MassIncidentResource?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var incident = await db.MassIncidents.AsNoTracking()
            .OrderBy(m => m.ClosedAt != null).ThenBy(m => m.IsDrill).ThenByDescending(m => m.OpenedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return incident is null ? null : await ResourceAsync(db, incident, cancellationToken);
    }

    /// <summary>EMG-03: a complaint arriving while its issue's incident is open joins it.</summary>
    public Task LinkIfOpenAsync(Guid complaintId, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
            if (complaint is null || complaint.IncidentId is not null)
            {
                return false;
            }

            var incident = await db.MassIncidents.FirstOrDefaultAsync(
                m => m.IssueKey == complaint.IssueKey && m.IsDrill == complaint.IsDrill && m.ClosedAt == null, cancellationToken);
            if (incident?.Link(complaint, clock.Now) is null)
            {
                return false;
            }

            await PublishAsync(write, incident);
            return true;
        }, cancellationToken);

    private async Task OpenAsync(string? issueKey, bool isDrill, DateTimeOffset switchedAt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(issueKey))
        {
            // Switched on by hand without an issue: the coordinator names the issue on the incident page later.
            logger.LogInformation("Mass-complaint mode on without an issue key; no incident opened");
            return;
        }

        await writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            if (await db.MassIncidents.AnyAsync(m => m.IssueKey == issueKey && m.IsDrill == isDrill && m.ClosedAt == null, cancellationToken))
            {
                return false;
            }

            var complaints = await db.Complaints
                .Where(c => c.IssueKey == issueKey && c.IsDrill == isDrill && c.Status != ComplaintStatus.Closed && c.IncidentId == null)
                .ToListAsync(cancellationToken);

            // The incident starts at the event time of the complaint that tipped it (EMG-03), not when we noticed.
            var openedAt = detector.TippingPoint(complaints.Select(c => c.ReceivedAt)) ?? switchedAt;
            var incident = MassIncident.Open(
                Guid.CreateVersion7(clock.Now), issueKey, TitleOf(issueKey), openedAt, scripts.MassComplaintApology(TitleOf(issueKey)),
                isDrill, policy.Value, clock.Now);
            foreach (var complaint in complaints.OrderBy(c => c.ReceivedAt))
            {
                incident.Link(complaint, clock.Now);
            }

            db.MassIncidents.Add(incident);
            await PublishAsync(write, incident);
            write.AfterCommit(ct =>
            {
                logger.LogWarning("Mass-complaint incident {IncidentId} opened for {IssueKey} with {Count} complaints", incident.Id, issueKey, incident.TotalCount);
                return ScheduleAsync(incident, ct);
            });
            return true;
        }, cancellationToken);
    }

    private async Task CloseAsync(string? issueKey, bool isDrill, Actor actor, CancellationToken cancellationToken)
    {
        await writes.ApplyAsync(async write =>
        {
            var incident = await write.Db.MassIncidents.FirstOrDefaultAsync(
                m => m.IssueKey == issueKey && m.IsDrill == isDrill && m.ClosedAt == null, cancellationToken);
            if (incident is null)
            {
                return false;
            }

            incident.Close(actor.Name, clock.Now);
            await PublishAsync(write, incident);
            write.AfterCommit(ct => scheduler.UnscheduleAsync(Group, incident.Id, ct));
            return true;
        }, cancellationToken);
    }

    /// <summary>The issue as the apology names it to customers (Chinese, like the notice itself).</summary>
    private static string TitleOf(string issueKey)
    {
        // The default key is "category:outlet" (Complaint.Register); a caller's own key is shown as given.
        var parts = issueKey.Split(':', 2);
        if (parts.Length != 2 || !WireNames.TryParseComplaintCategory(parts[0], out var category))
        {
            return issueKey;
        }

        var what = category switch
        {
            ComplaintCategory.Delay => "快件延误",
            ComplaintCategory.Damage => "快件破损",
            ComplaintCategory.Loss => "快件丢失",
            ComplaintCategory.Attitude => "服务态度",
            ComplaintCategory.UnclearAnswer => "答复不清",
            _ => "服务",
        };
        return $"{parts[1]} 网点{what}";
    }
}
