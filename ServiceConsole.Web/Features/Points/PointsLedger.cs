using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// The points ledger. Complaint accountability (CMP-11 couriers, CMP-12 agents) is read from the complaints, honouring
/// <see cref="AccountabilityRecord.InForce"/>, rather than copied; SVC-10 norm violations are stored here. An entry
/// belongs to the month its record was made in (the verification, the violation), in the centre's time zone.
/// </summary>
public sealed class PointsLedger(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    PenaltyPolicy penalties,
    TimeProvider time,
    CentreTimeZone centre,
    IStaffDirectory staff,
    IAuditTrail audit) : IPointsLedger
{
    public async Task<OperationResult<IReadOnlyList<PointsEntryResource>>> ListAsync(
        string? subject, string? code, string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        PointsSubject? only = null;
        if (!string.IsNullOrWhiteSpace(subject))
        {
            if (WireNames.TryParse<PointsSubject>(subject.Trim(), out var parsed))
            {
                only = parsed;
            }
            else
            {
                errors.Add("subject", $"Unsupported subject {ValidationErrors.Echo(subject)}: use agent or courier.");
            }
        }

        errors.Optional("code", code, 100);
        var period = ParseMonth(month, errors);
        if (errors.Any)
        {
            return OperationResult<IReadOnlyList<PointsEntryResource>>.Invalid(errors.ToDictionary());
        }

        var who = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        if (actor.ActsOnlyAsAgent)
        {
            // INF-05: an agent reads their own entries; another's, or a courier's, answers as if there were none.
            if (only == PointsSubject.Courier || (who is not null && who != actor.AgentCode) || actor.AgentCode is null)
            {
                return NotFound(subject, who);
            }

            (only, who) = (PointsSubject.Agent, actor.AgentCode);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (only == PointsSubject.Agent && who is not null && !await db.Agents.AnyAsync(a => a.Code == who, cancellationToken))
        {
            return NotFound(subject, who);
        }

        var zone = centre.Zone;
        var entries = await EntriesAsync(db, only, who, period.StartIn(zone), period.EndIn(zone), cancellationToken);
        return OperationResult<IReadOnlyList<PointsEntryResource>>.Ok([.. entries.Select(ToResource)]);
    }

    public async Task<OperationResult<PointsEntryResource>> RecordViolationAsync(
        NormViolationRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        errors.Required("agentCode", request.AgentCode, NormViolation.MaxCodeLength);
        errors.Required("reason", request.Reason, NormViolation.MaxReasonLength);
        if (request.ComplaintId == Guid.Empty)
        {
            errors.Add("complaintId", "complaintId must be a complaint's id, or left out for a violation seen directly.");
        }

        if (errors.Any)
        {
            return OperationResult<PointsEntryResource>.Invalid(errors.ToDictionary());
        }

        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<PointsEntryResource>.Forbidden("Only a supervisor or a complaint specialist records a norm violation.");
        }

        var agentCode = request.AgentCode!.Trim();
        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            if (!await db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
            {
                return OperationResult<PointsEntryResource>.Invalid("agentCode", $"There is no agent {ValidationErrors.Echo(agentCode)}.");
            }

            NormViolation violation;
            var now = time.GetUtcNow();
            try
            {
                if (request.ComplaintId is { } complaintId)
                {
                    var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
                    if (complaint is null)
                    {
                        return OperationResult<PointsEntryResource>.Invalid("complaintId", $"There is no complaint {complaintId}.");
                    }

                    // SVC-10: one per complaint. The same finding again answers the first record; another agent is a conflict.
                    if (await db.NormViolations.AsNoTracking().FirstOrDefaultAsync(v => v.ComplaintId == complaintId, cancellationToken) is { } known)
                    {
                        known.EnsureSameAgent(agentCode);
                        return OperationResult<PointsEntryResource>.Ok(ToResource(PointsEntry.FromViolation(known)));
                    }

                    violation = NormViolation.ForComplaint(Guid.CreateVersion7(now), complaint, agentCode, request.Reason!, penalties, actor.Name, now);
                }
                else
                {
                    violation = NormViolation.Direct(Guid.CreateVersion7(now), agentCode, request.Reason!, penalties, actor.Name, now);
                }
            }
            catch (ArgumentException ex)
            {
                return OperationResult<PointsEntryResource>.Invalid(ex.ParamName ?? "body", ex.PlainMessage());
            }

            db.NormViolations.Add(violation);
            await write.SaveAsync();
            var entry = ToResource(PointsEntry.FromViolation(violation));
            write.Publish(new PointsRecorded(entry));
            write.AfterCommit(ct => audit.RecordAsync(
                new AuditEvent(
                    actor.Name, AuditActions.Decision, $"agent:{agentCode}",
                    Detail: $"{violation.RuleId} -{violation.Points} points" + (violation.ComplaintId is { } id ? $" (complaint:{id})" : "")),
                ct));
            return OperationResult<PointsEntryResource>.Created(entry);
        }, cancellationToken);
    }

    public async Task<PointsEntryResource?> ViolationForComplaintAsync(Guid complaintId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = await db.NormViolations.AsNoTracking().FirstOrDefaultAsync(v => v.ComplaintId == complaintId, cancellationToken);
        return known is null ? null : ToResource(PointsEntry.FromViolation(known));
    }

    public async Task<IReadOnlyList<PointsAgent>> AgentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Agents.AsNoTracking().OrderBy(a => a.Code).Select(a => new PointsAgent(a.Code, a.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PointsComplaintChoice>> ComplaintChoicesAsync(string agentCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        var since = time.GetUtcNow().AddDays(-62);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Complaints.AsNoTracking()
            .Where(c => !c.IsDrill && c.VerifiedAt != null && c.ReceivedAt >= since
                && (c.Assignee == agentCode || (c.Accountability != null && c.Accountability.Accountable == agentCode)))
            .OrderByDescending(c => c.ReceivedAt)
            .Take(50)
            .Select(c => new
            {
                c.Id, c.ExternalId, c.Category, c.ReceivedAt,
                AtFault = c.Accountability != null && c.Accountability.InForce && c.Accountability.Party == FaultParty.Agent
                    && c.Accountability.Accountable == agentCode,
            })
            .ToListAsync(cancellationToken);
        return [.. found.Select(c => new PointsComplaintChoice(c.Id, c.ExternalId, WireNames.ToWire(c.Category), c.ReceivedAt, c.AtFault))];
    }

    /// <summary>The ledger's entries recorded in [from, to), newest first; drills and withdrawn accountability never appear.</summary>
    internal static async Task<IReadOnlyList<PointsEntry>> EntriesAsync(
        ConsoleDbContext db, PointsSubject? subject, string? code, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var entries = new List<PointsEntry>();
        var accountability = db.Complaints.AsNoTracking()
            .Where(c => !c.IsDrill && c.Accountability != null && c.Accountability.InForce && c.Accountability.Accountable != null
                && c.Accountability.RecordedAt >= from && c.Accountability.RecordedAt < to);
        if (subject is { } only)
        {
            var party = only == PointsSubject.Agent ? FaultParty.Agent : FaultParty.Courier;
            accountability = accountability.Where(c => c.Accountability!.Party == party);
        }

        if (code is not null)
        {
            accountability = accountability.Where(c => c.Accountability!.Accountable == code);
        }

        foreach (var found in await accountability.Select(c => new { c.Accountability, c.Findings }).ToListAsync(cancellationToken))
        {
            if (PointsEntry.FromAccountability(found.Accountability!, found.Findings) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (subject is null or PointsSubject.Agent)
        {
            var violations = db.NormViolations.AsNoTracking().Where(v => v.RecordedAt >= from && v.RecordedAt < to);
            if (code is not null)
            {
                violations = violations.Where(v => v.AgentCode == code);
            }

            entries.AddRange((await violations.ToListAsync(cancellationToken)).Select(PointsEntry.FromViolation));
        }

        return [.. entries.OrderByDescending(e => e.RecordedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private CentreMonth ParseMonth(string? month, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            return CentreMonth.Of(time.GetUtcNow(), centre.Zone);
        }

        if (!CentreMonth.TryParse(month, out var parsed))
        {
            errors.Add("month", "month must look like 2026-11 (years 2000 to 2100).");
        }

        return parsed;
    }

    private PointsEntryResource ToResource(PointsEntry entry) => new(
        entry.Id,
        WireNames.ToWire(entry.Subject),
        entry.Code,
        entry.Subject == PointsSubject.Agent ? staff.NameOf(entry.Code) : entry.Code,
        entry.Points,
        entry.RuleId,
        WireNames.ToWire(entry.Source),
        entry.ComplaintId,
        entry.Reason,
        entry.RecordedBy,
        entry.RecordedAt);

    private static OperationResult<IReadOnlyList<PointsEntryResource>> NotFound(string? subject, string? code) =>
        OperationResult<IReadOnlyList<PointsEntryResource>>.NotFound(
            $"No {(string.IsNullOrWhiteSpace(subject) ? "agent" : subject.Trim())} {ValidationErrors.Echo(code)} in the points ledger.");
}
