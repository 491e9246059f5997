using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// Pay profiles (HR, audited), the GEN-02 overtime quote, and approved overtime records: pay for an agent without a
/// position allowance, time off in lieu for one with it; the day kind comes from the GEN-01 calendar.
/// </summary>
public sealed class PayrollService(
    IDbContextFactory<ConsoleDbContext> dbFactory, WritePath writes, IngestClock clock, IOptions<PolicyOptions> policy, IAuditTrail audit)
{
    /// <summary>Interpretation: one overtime record covers at most a day's 24 hours.</summary>
    public const decimal MaxHours = 24m;

    private GeneralOptions General => policy.Value.General;

    public OperationResult<OvertimeQuoteResource> Quote(OvertimeQuoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        if (request.MonthlyBase is not { } monthlyBase)
        {
            errors.Add("monthlyBase", "monthlyBase is required.");
        }
        else if (monthlyBase <= 0)
        {
            errors.Add("monthlyBase", "monthlyBase must be positive.");
        }
        else
        {
            errors.Money("monthlyBase", monthlyBase);
        }

        ValidateHours(request.Hours, errors);
        if (!TryParseDayKind(request.DayKind, out var kind))
        {
            errors.Add("dayKind", "dayKind must be workday, restday or holiday.");
        }

        if (errors.Any)
        {
            return OperationResult<OvertimeQuoteResource>.Invalid(errors.ToDictionary());
        }

        var quote = new OvertimeCalculator(General).Quote(request.MonthlyBase!.Value, request.Hours!.Value, kind);
        return OperationResult<OvertimeQuoteResource>.Ok(new OvertimeQuoteResource(quote.Amount, quote.HourlyRate, quote.Multiplier, quote.RuleId));
    }

    /// <summary>The contract's day kinds: <c>workday</c>, <c>restday</c>, <c>holiday</c> (also <c>rest-day</c>).</summary>
    public static bool TryParseDayKind(string? wire, out OvertimeDayKind kind)
    {
        foreach (var candidate in Enum.GetValues<OvertimeDayKind>())
        {
            if (string.Equals(ToWire(candidate), wire?.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The contract's name of a day kind.</summary>
    public static string ToWire(OvertimeDayKind kind) => kind.ToString().ToLowerInvariant();

    private static void ValidateHours(decimal? hours, ValidationErrors errors)
    {
        if (hours is not { } h)
        {
            errors.Add("hours", "hours is required.");
        }
        else if (h <= 0 || h > MaxHours)
        {
            errors.Add("hours", $"hours must be more than 0 and at most {MaxHours:0}.");
        }
        else if (decimal.Round(h, 2) != h)
        {
            errors.Add("hours", "hours has at most two decimals.");
        }
    }

    public async Task<PayProfileResource?> GetProfileAsync(string agentCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.PayProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.AgentCode == agentCode, cancellationToken);
        return profile is null ? null : ToResource(profile);
    }

    public async Task<IReadOnlyList<PayProfileResource>> ListProfilesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiles = await db.PayProfiles.AsNoTracking().ToListAsync(cancellationToken);
        return [.. profiles.OrderBy(p => p.AgentCode, StringComparer.Ordinal).Select(ToResource)];
    }

    public async Task<OperationResult<PayProfileResource>> SetProfileAsync(string agentCode, PayProfileRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        if (request.MonthlyBase is not { } monthlyBase)
        {
            errors.Add("monthlyBase", "monthlyBase is required.");
        }
        else if (monthlyBase <= 0)
        {
            errors.Add("monthlyBase", "monthlyBase must be positive.");
        }
        else
        {
            errors.Money("monthlyBase", monthlyBase);
        }

        if (errors.Any)
        {
            return OperationResult<PayProfileResource>.Invalid(errors.ToDictionary());
        }

        decimal? before = null;
        var result = await writes.RunAsync(async write =>
        {
            if (!await write.Db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
            {
                return OperationResult<PayProfileResource>.NotFound($"No agent {ValidationErrors.Echo(agentCode)}.");
            }

            var profile = await write.Db.PayProfiles.FirstOrDefaultAsync(p => p.AgentCode == agentCode, cancellationToken);
            if (profile is null)
            {
                profile = new PayProfile(agentCode, request.MonthlyBase!.Value, request.HasPositionAllowance ?? false, actor.Name, clock.Now);
                write.Db.PayProfiles.Add(profile);
            }
            else
            {
                before = profile.MonthlyBaseYuan;
                profile.Update(request.MonthlyBase!.Value, request.HasPositionAllowance ?? profile.HasPositionAllowance, actor.Name, clock.Now);
            }

            await write.SaveAsync();
            write.Publish(new AttendanceChanged(agentCode));
            return OperationResult<PayProfileResource>.Ok(ToResource(profile));
        }, cancellationToken);
        if (result.Succeeded)
        {
            var p = result.Value!;
            await audit.RecordAsync(new AuditEvent(actor.Name, AuditActions.Decision, $"agent:{agentCode}",
                Detail: $"GEN-02/05 pay profile: monthly base {(before is { } b ? $"{b:0.00} → " : "")}{p.MonthlyBase:0.00}, position allowance {(p.HasPositionAllowance ? "yes" : "no")}"), cancellationToken);
        }

        return result;
    }

    private PayProfileResource ToResource(PayProfile p) =>
        new(p.AgentCode, p.MonthlyBaseYuan, p.HasPositionAllowance,
            Math.Round(p.MonthlyBaseYuan / General.WorkdaysPerMonth, 2, MidpointRounding.AwayFromZero),
            Math.Round(p.MonthlyBaseYuan / General.WorkdaysPerMonth / General.HoursPerDay, 2, MidpointRounding.AwayFromZero),
            p.UpdatedBy, p.UpdatedAt);

    /// <summary>Records approved overtime (supervisor of the agent's team, or HR); the day kind comes from the calendar.</summary>
    public async Task<OperationResult<OvertimeResource>> RecordOvertimeAsync(OvertimeRecordRequest request, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        errors.Required("agentCode", request.AgentCode, 20);
        if (request.Date is null)
        {
            errors.Add("date", "date is required.");
        }

        ValidateHours(request.Hours, errors);
        errors.Required("reason", request.Reason, 500);
        if (errors.Any)
        {
            return OperationResult<OvertimeResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            if (!await AttendanceService.CanSuperviseAsync(write.Db, request.AgentCode!, viewer, cancellationToken))
            {
                return OperationResult<OvertimeResource>.NotFound($"No agent {ValidationErrors.Echo(request.AgentCode)}.");
            }

            var profile = await write.Db.PayProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.AgentCode == request.AgentCode, cancellationToken);
            var kind = OvertimeCalculator.DayKindOf(new ShiftPlanner(General).Calendar.KindOf(request.Date!.Value));
            var lieu = profile?.HasPositionAllowance == true;
            decimal? amount = null, hourly = null;
            if (profile is not null && !lieu)
            {
                var quote = new OvertimeCalculator(General).Quote(profile.MonthlyBaseYuan, request.Hours!.Value, kind);
                (amount, hourly) = (quote.Amount, profile.MonthlyBaseYuan / General.WorkdaysPerMonth / General.HoursPerDay);
            }

            var record = new OvertimeRecord(Guid.CreateVersion7(clock.Now), request.AgentCode!, request.Date.Value, request.Hours!.Value, kind,
                lieu ? OvertimeCompensation.TimeOffInLieu : OvertimeCompensation.Pay, amount, hourly, request.Reason!.Trim(), viewer.Actor.Name, clock.Now);
            write.Db.OvertimeRecords.Add(record);
            await write.SaveAsync();
            write.Publish(new AttendanceChanged(record.AgentCode));
            return OperationResult<OvertimeResource>.Created(record.ToResource());
        }, cancellationToken);
        if (result.Succeeded)
        {
            var o = result.Value!;
            await audit.RecordAsync(new AuditEvent(viewer.Actor.Name, AuditActions.Decision, $"agent:{o.AgentCode}",
                Detail: $"GEN-02 overtime {o.Date:yyyy-MM-dd} {o.Hours:0.##} h {o.DayKind} {o.Compensation}"), cancellationToken);
        }

        return result;
    }

    /// <summary>The overtime of a month for some agents (all when null), ordered by date.</summary>
    public async Task<IReadOnlyList<OvertimeResource>> OvertimeOfMonthAsync(int year, int month, IReadOnlyCollection<string>? agentCodes, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.OvertimeRecords.AsNoTracking().Where(o => o.Date >= first && o.Date <= last);
        if (agentCodes is not null)
        {
            query = query.Where(o => agentCodes.Contains(o.AgentCode));
        }

        var list = await query.ToListAsync(cancellationToken);
        return [.. list.OrderBy(o => o.Date).ThenBy(o => o.AgentCode, StringComparer.Ordinal).Select(o => o.ToResource())];
    }
}
