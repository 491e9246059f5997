using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Personnel;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Personnel;

/// <summary>
/// GEN-06 and GEN-07: the agents' employment records (hire date, probation end and its history, confirmation) and their
/// rewards and penalties.
/// <list type="bullet">
/// <item>HR opens and changes the employment record; the probation end is at least <see cref="ProbationRules.Months"/>
/// months after hire (a shortening below it is refused); every change needs a reason and is kept as history. HR
/// confirms (转正) on or after the probation end.</item>
/// <item>Supervisors and HR propose a reward or penalty with one of the causes the policy lists for its kind; HR
/// approves or rejects it, never their own proposal. A dismissal is approved by HR like the other kinds
/// (interpretation: 制度 1 names no other approver; the termination itself happens outside the console).</item>
/// <item>An agent reads only their own file; another agent's answers exactly like one that does not exist (INF-05).</item>
/// <item>Every decision is written to the audit chain.</item>
/// </list>
/// </summary>
public sealed class PersonnelRecords(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    ProbationRules probation,
    DisciplineCatalogue catalogue,
    CentreTimeZone centre,
    TimeProvider time,
    IAuditTrail audit) : IPersonnelFile, IDisciplineDeductions
{
    public const string ProbationRuleId = "GEN-06";
    public const string DisciplineRuleId = "GEN-07";

    /// <summary>Today in the centre's calendar.</summary>
    public DateOnly Today => DateOnly.FromDateTime(centre.ToLocal(time.GetUtcNow()).DateTime);

    // ---------------------------------------------------------------- reads

    /// <summary>GEN-07: the causes listed for each kind, in the policy's order.</summary>
    public IReadOnlyList<DisciplineCausesResource> Causes() =>
        [.. DisciplineKinds.All.Select(k => new DisciplineCausesResource(DisciplineKinds.ToWire(k), Side(k), catalogue.CausesOf(k), catalogue.DeductionOf(k)))];

    /// <summary>Every agent with their employment record (null until HR opens it) and record counts, by agent code.</summary>
    public async Task<IReadOnlyList<PersonnelRowResource>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().OrderBy(a => a.Code).Select(a => new { a.Code, a.Name, a.TeamCode }).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, StringComparer.Ordinal, cancellationToken);
        var records = (await db.EmploymentRecords.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(r => r.AgentCode, StringComparer.Ordinal);
        var counts = (await db.DisciplineRecords.AsNoTracking().Select(r => new { r.AgentCode, r.Kind, r.Status }).ToListAsync(cancellationToken))
            .GroupBy(r => r.AgentCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (Pending: g.Count(r => r.Status == DisciplineStatus.Proposed),
                    Rewards: g.Count(r => r.Status == DisciplineStatus.Approved && r.Kind.IsReward()),
                    Penalties: g.Count(r => r.Status == DisciplineStatus.Approved && r.Kind.IsPenalty())),
                StringComparer.Ordinal);
        return
        [
            .. agents.Select(a =>
            {
                var c = counts.GetValueOrDefault(a.Code);
                return new PersonnelRowResource(a.Code, a.Name, a.TeamCode, teams.GetValueOrDefault(a.TeamCode) ?? a.TeamCode, records.GetValueOrDefault(a.Code) is { } r ? ToResource(r) : null, c.Pending, c.Rewards, c.Penalties);
            }),
        ];
    }

    /// <summary>An agent's file; an agent reads only their own, and another's is not found (INF-05).</summary>
    public async Task<OperationResult<PersonnelFileResource>> FileAsync(string code, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var file = actor.ActsOnlyAsAgent && !string.Equals(actor.AgentCode, code, StringComparison.Ordinal) ? null : await ForAgentAsync(code, cancellationToken);
        return file is null
            ? OperationResult<PersonnelFileResource>.NotFound($"No agent with code {ValidationErrors.Echo(code)}.")
            : OperationResult<PersonnelFileResource>.Ok(file);
    }

    /// <inheritdoc />
    public async Task<PersonnelFileResource?> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agent = await db.Agents.AsNoTracking().Where(a => a.Code == agentCode).Select(a => new { a.Code, a.Name, a.TeamCode }).FirstOrDefaultAsync(cancellationToken);
        if (agent is null)
        {
            return null;
        }

        var employment = await db.EmploymentRecords.AsNoTracking().FirstOrDefaultAsync(r => r.AgentCode == agentCode, cancellationToken);
        var records = await db.DisciplineRecords.AsNoTracking().Where(r => r.AgentCode == agentCode).ToListAsync(cancellationToken);
        return new PersonnelFileResource(
            agent.Code, agent.Name, agent.TeamCode, employment is null ? null : ToResource(employment),
            [.. records.OrderByDescending(r => r.Date).ThenByDescending(r => r.ProposedAt).Select(r => ToResource(r, agent.Name))]);
    }

    /// <summary>The rewards and penalties waiting for HR's decision, oldest first.</summary>
    public async Task<IReadOnlyList<DisciplineRecordResource>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.DisciplineRecords.AsNoTracking().Where(r => r.Status == DisciplineStatus.Proposed).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows.Select(r => r.AgentCode), cancellationToken);
        return [.. rows.OrderBy(r => r.ProposedAt).Select(r => ToResource(r, names.GetValueOrDefault(r.AgentCode) ?? r.AgentCode))];
    }

    /// <summary>GEN-06: agents still on probation whose probation ends in the month of <paramref name="day"/>, soonest first.</summary>
    public async Task<IReadOnlyList<PersonnelRowResource>> ProbationEndingAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var (from, to) = (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)));
        return [.. (await ListAsync(cancellationToken)).Where(r => r.Employment is { Status: "on-probation" } e && e.ProbationEnd >= from && e.ProbationEnd <= to)
            .OrderBy(r => r.Employment!.ProbationEnd).ThenBy(r => r.AgentCode, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<int> DeductionAsync(string agentCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kinds = await db.DisciplineRecords.AsNoTracking()
            .Where(r => r.AgentCode == agentCode && r.Status == DisciplineStatus.Approved && r.Date >= from && r.Date < to)
            .Select(r => r.Kind)
            .ToListAsync(cancellationToken);
        return kinds.Sum(catalogue.DeductionOf);
    }

    // ---------------------------------------------------------------- employment (GEN-06)

    /// <summary>
    /// HR opens the agent's record (hire date required; the probation end defaults to the GEN-06 minimum) or changes the
    /// hire date and/or probation end with a reason.
    /// </summary>
    public async Task<OperationResult<EmploymentResource>> SetEmploymentAsync(string code, EmploymentRequest? request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        errors.Optional("reason", request?.Reason, EmploymentRecord.MaxReasonLength);
        if (errors.Any)
        {
            return OperationResult<EmploymentResource>.Invalid(errors.ToDictionary());
        }

        var now = time.GetUtcNow();
        ProbationChange? change = null;
        var result = await writes.RunAsync(async write =>
        {
            if (!await write.Db.Agents.AnyAsync(a => a.Code == code, cancellationToken))
            {
                return OperationResult<EmploymentRecord>.NotFound($"No agent with code {ValidationErrors.Echo(code)}.");
            }

            var record = await write.Db.EmploymentRecords.FirstOrDefaultAsync(r => r.AgentCode == code, cancellationToken);
            var hire = request?.HireDate ?? record?.HireDate;
            if (hire is not { } hireDate)
            {
                return OperationResult<EmploymentRecord>.Invalid("hireDate", "hireDate is required (yyyy-MM-dd) to open the employment record.");
            }

            var end = request?.ProbationEnd ?? record?.ProbationEnd ?? probation.MinimumEnd(hireDate);
            if (!probation.IsLongEnough(hireDate, end))
            {
                return OperationResult<EmploymentRecord>.Invalid(
                    "probationEnd",
                    string.Create(CultureInfo.InvariantCulture, $"GEN-06: probation is at least {probation.Months} months; from a hire on {hireDate:yyyy-MM-dd} it ends on {probation.MinimumEnd(hireDate):yyyy-MM-dd} at the earliest."));
            }

            if (record is null)
            {
                record = EmploymentRecord.Open(code, hireDate, end, request?.Reason, actor.Name, now, probation);
                write.Db.EmploymentRecords.Add(record);
                change = record.History[0];
            }
            else
            {
                if (string.IsNullOrWhiteSpace(request?.Reason))
                {
                    return OperationResult<EmploymentRecord>.Invalid("reason", "reason is required: every change of probation says why.");
                }

                if (hireDate == record.HireDate && end == record.ProbationEnd)
                {
                    return OperationResult<EmploymentRecord>.Invalid("probationEnd", "Neither the hire date nor the probation end changes.");
                }

                change = record.ChangeProbation(hireDate, end, request.Reason, actor.Name, now, probation);
            }

            await write.SaveAsync();
            write.Publish(new PersonnelChanged(code));
            return OperationResult<EmploymentRecord>.Ok(record);
        }, cancellationToken);
        if (result.Value is not { } saved)
        {
            return result.Failed<EmploymentResource>();
        }

        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Decision, $"agent:{code}",
                Detail: string.Create(CultureInfo.InvariantCulture, $"GEN-06: employment {Wire(change!.Kind)}: hired {saved.HireDate:yyyy-MM-dd}, probation ends {saved.ProbationEnd:yyyy-MM-dd}{(change.PreviousEnd is { } p && p != saved.ProbationEnd ? $" (was {p:yyyy-MM-dd})" : "")}; reason: {change.Reason ?? "-"}")),
            cancellationToken);
        return OperationResult<EmploymentResource>.Ok(ToResource(saved));
    }

    /// <summary>HR confirms the agent (转正), on or after the probation end.</summary>
    public async Task<OperationResult<EmploymentResource>> ConfirmAsync(string code, ConfirmRequest? request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        errors.Optional("note", request?.Note, EmploymentRecord.MaxReasonLength);
        if (errors.Any)
        {
            return OperationResult<EmploymentResource>.Invalid(errors.ToDictionary());
        }

        var (now, today) = (time.GetUtcNow(), Today);
        var result = await writes.RunAsync(async write =>
        {
            var record = await write.Db.EmploymentRecords.FirstOrDefaultAsync(r => r.AgentCode == code, cancellationToken);
            if (record is null)
            {
                return OperationResult<EmploymentRecord>.NotFound($"No employment record for agent {ValidationErrors.Echo(code)}.");
            }

            record.Confirm(today, request?.Note, actor.Name, now);
            await write.SaveAsync();
            write.Publish(new PersonnelChanged(code));
            return OperationResult<EmploymentRecord>.Ok(record);
        }, cancellationToken);
        if (result.Value is not { } saved)
        {
            return result.Failed<EmploymentResource>();
        }

        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Decision, $"agent:{code}",
                Detail: string.Create(CultureInfo.InvariantCulture, $"GEN-06: confirmed on {today:yyyy-MM-dd} after probation ending {saved.ProbationEnd:yyyy-MM-dd}")),
            cancellationToken);
        return OperationResult<EmploymentResource>.Ok(ToResource(saved));
    }

    // ---------------------------------------------------------------- rewards and penalties (GEN-07)

    /// <summary>A supervisor or HR proposes a reward or penalty with one of the causes listed for its kind.</summary>
    public async Task<OperationResult<DisciplineRecordResource>> ProposeAsync(ProposeRecordRequest? request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        errors.Required("agentCode", request?.AgentCode, 20);
        DisciplineKind kind = default;
        if (string.IsNullOrWhiteSpace(request?.Kind))
        {
            errors.Add("kind", "kind is required: " + string.Join(", ", DisciplineKinds.All.Select(DisciplineKinds.ToWire)) + ".");
        }
        else if (!DisciplineKinds.TryParse(request.Kind, out kind))
        {
            errors.Add("kind", $"kind {ValidationErrors.Echo(request.Kind)} is not one of " + string.Join(", ", DisciplineKinds.All.Select(DisciplineKinds.ToWire)) + ".");
        }

        if (string.IsNullOrWhiteSpace(request?.Cause))
        {
            errors.Add("cause", "cause is required: one of the causes the policy lists for the kind (GET /api/v1/personnel/causes).");
        }
        else if (!errors.Has("kind") && !catalogue.IsListed(kind, request.Cause))
        {
            errors.Add("cause", $"GEN-07: the cause is not one the policy lists for a {DisciplineKinds.ToWire(kind)} (GET /api/v1/personnel/causes).");
        }

        errors.Optional("note", request?.Note, DisciplineRecord.MaxNoteLength);
        var today = Today;
        var date = request?.Date ?? today;
        if (date > today)
        {
            errors.Add("date", "date is the day of the facts, today or earlier.");
        }

        if (errors.Any)
        {
            return OperationResult<DisciplineRecordResource>.Invalid(errors.ToDictionary());
        }

        var code = request!.AgentCode!.Trim();
        var now = time.GetUtcNow();
        var result = await writes.RunAsync(async write =>
        {
            var name = await write.Db.Agents.Where(a => a.Code == code).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                return OperationResult<DisciplineRecordResource>.Invalid("agentCode", $"No agent with code {ValidationErrors.Echo(code)}.");
            }

            var record = new DisciplineRecord(Guid.CreateVersion7(now), code, kind, request.Cause!, request.Note, date, actor.Name, now, catalogue);
            write.Db.DisciplineRecords.Add(record);
            await write.SaveAsync();
            write.Publish(new PersonnelChanged(code));
            return OperationResult<DisciplineRecordResource>.Created(ToResource(record, name));
        }, cancellationToken);
        if (result.Value is { } proposed)
        {
            await audit.RecordAsync(
                new AuditEvent(actor.Name, AuditActions.Decision, $"discipline:{proposed.Id}",
                    Detail: string.Create(CultureInfo.InvariantCulture, $"GEN-07: proposed {proposed.Kind} for {proposed.AgentCode} dated {proposed.Date:yyyy-MM-dd}: {proposed.Cause}")),
                cancellationToken);
        }

        return result;
    }

    /// <summary>HR approves a proposed record (not their own).</summary>
    public Task<OperationResult<DisciplineRecordResource>> ApproveAsync(Guid id, DecideRecordRequest? request, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(id, approve: true, request, actor, cancellationToken);

    /// <summary>HR rejects a proposed record.</summary>
    public Task<OperationResult<DisciplineRecordResource>> RejectAsync(Guid id, DecideRecordRequest? request, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(id, approve: false, request, actor, cancellationToken);

    private async Task<OperationResult<DisciplineRecordResource>> DecideAsync(
        Guid id, bool approve, DecideRecordRequest? request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        errors.Optional("note", request?.Note, DisciplineRecord.MaxNoteLength);
        if (errors.Any)
        {
            return OperationResult<DisciplineRecordResource>.Invalid(errors.ToDictionary());
        }

        var now = time.GetUtcNow();
        var result = await writes.RunAsync(async write =>
        {
            var record = await write.Db.DisciplineRecords.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (record is null)
            {
                return OperationResult<DisciplineRecordResource>.NotFound($"No reward or penalty {id}.");
            }

            if (approve)
            {
                record.Approve(actor.Name, request?.Note, now);
            }
            else
            {
                record.Reject(actor.Name, request?.Note, now);
            }

            await write.SaveAsync();
            write.Publish(new PersonnelChanged(record.AgentCode));
            var name = await write.Db.Agents.Where(a => a.Code == record.AgentCode).Select(a => a.Name).FirstAsync(cancellationToken);
            return OperationResult<DisciplineRecordResource>.Ok(ToResource(record, name));
        }, cancellationToken);
        if (result.Value is { } decided)
        {
            await audit.RecordAsync(
                new AuditEvent(actor.Name, AuditActions.Decision, $"discipline:{decided.Id}",
                    Detail: string.Create(CultureInfo.InvariantCulture, $"GEN-07: {decided.Status} {decided.Kind} for {decided.AgentCode} proposed by {decided.ProposedBy}{(decided.DecisionNote is { } n ? $"; note: {n}" : "")}")),
                cancellationToken);
        }

        return result;
    }

    // ---------------------------------------------------------------- shapes

    private EmploymentResource ToResource(EmploymentRecord r) =>
        new(r.AgentCode, r.HireDate, r.ProbationEnd, probation.MinimumEnd(r.HireDate), r.WireStatus, r.ConfirmedOn, r.ConfirmedBy,
            [.. r.History.OrderBy(h => h.At).Select(h => new ProbationChangeResource(Wire(h.Kind), h.HireDate, h.PreviousEnd, h.ProbationEnd, h.Reason, h.By, h.At))]);

    private DisciplineRecordResource ToResource(DisciplineRecord r, string agentName) =>
        new(r.Id, r.AgentCode, agentName, DisciplineKinds.ToWire(r.Kind), Side(r.Kind), r.Cause, r.Note, r.Date, r.WireStatus,
            r.ProposedBy, r.ProposedAt, r.DecidedBy, r.DecidedAt, r.DecisionNote, catalogue.DeductionOf(r.Kind));

    private static string Side(DisciplineKind kind) => kind.IsPenalty() ? "penalty" : "reward";

    /// <summary>The wire name of a probation history entry.</summary>
    public static string Wire(ProbationChangeKind kind) => kind switch
    {
        ProbationChangeKind.Opened => "opened",
        ProbationChangeKind.Extended => "extended",
        ProbationChangeKind.Shortened => "shortened",
        ProbationChangeKind.HireDateCorrected => "hire-date-corrected",
        _ => "confirmed",
    };

    private static async Task<Dictionary<string, string>> NamesAsync(ConsoleDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        return await db.Agents.AsNoTracking().Where(a => wanted.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, StringComparer.Ordinal, cancellationToken);
    }
}
