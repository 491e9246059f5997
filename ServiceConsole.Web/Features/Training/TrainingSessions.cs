using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Training;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// TRN-02: the month's training sessions (<c>Policy:Training:MonthlyTrainingHours</c> hours each, every agent owing
/// <c>MonthlyTrainingSessions</c> a month), their attendees (every agent not in onboarding, or the chosen teams), the
/// reminders Quartz sends them (<c>FirstReminderHoursBefore</c>, <c>LastReminderMinutesBefore</c>), attendance and
/// results, and the agents who missed the month's training.
/// </summary>
public sealed class TrainingSessions(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    TrainingReminderScheduler reminders,
    IOptions<PolicyOptions> policy,
    CentreTimeZone centre,
    IAuditTrail audit,
    TimeProvider time,
    ILogger<TrainingSessions> logger)
{
    private TrainingOptions Options => policy.Value.Training;

    /// <summary>The sessions an agent owes each month (TRN-02).</summary>
    public int Required => Options.MonthlyTrainingSessions;

    /// <summary>How long each session lasts (TRN-02).</summary>
    public int Hours => Options.MonthlyTrainingHours;

    /// <summary>The centre-local month (<c>yyyy-MM</c>) of an instant.</summary>
    public string MonthOf(DateTimeOffset instant) => centre.ToLocal(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string CurrentMonth => MonthOf(time.GetUtcNow());

    public async Task<OperationResult<TrainingSessionResource>> ScheduleAsync(TrainingSessionRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<TrainingSessionResource>.Forbidden("Only a trainer schedules training sessions.");
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        errors.Required("title", request.Title, 200);
        var topics = new List<TrainingTopic>();
        if (request.Topics is not { Count: > 0 })
        {
            errors.Add("topics", $"topics lists at least one of {string.Join(", ", WireNames.All<TrainingTopic>())}.");
        }
        else
        {
            foreach (var wire in request.Topics)
            {
                if (WireNames.TryParse<TrainingTopic>(wire, out var topic))
                {
                    topics.Add(topic);
                }
                else
                {
                    errors.Add("topics", $"{ValidationErrors.Echo(wire)} is not one of {string.Join(", ", WireNames.All<TrainingTopic>())}.");
                }
            }
        }

        if (request.StartsAt is not { } startsAt)
        {
            errors.Add("startsAt", "startsAt is required.");
            startsAt = default;
        }
        else if (startsAt <= now)
        {
            errors.Add("startsAt", "startsAt lies in the future.");
        }
        else if (startsAt > now.AddYears(1))
        {
            errors.Add("startsAt", "startsAt lies within a year.");
        }

        var teams = (request.Teams ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (teams.Count > 20 || teams.Any(t => t.Length > 20))
        {
            errors.Add("teams", "teams lists at most 20 team codes.");
        }

        if (errors.Any)
        {
            return OperationResult<TrainingSessionResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            var db = write.Db;
            if (teams.Count > 0)
            {
                var known = await db.Teams.AsNoTracking().Where(t => teams.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken);
                var unknown = teams.Except(known, StringComparer.Ordinal).ToList();
                if (unknown.Count > 0)
                {
                    return OperationResult<TrainingSession>.Invalid("teams", $"No team with code {string.Join(", ", unknown.Select(ValidationErrors.Echo))}.");
                }
            }

            var attendees = await db.Agents.AsNoTracking()
                .Where(a => a.Hold != DutyHold.Onboarding && (teams.Count == 0 || teams.Contains(a.TeamCode)))
                .OrderBy(a => a.Code)
                .Select(a => a.Code)
                .ToListAsync(cancellationToken);
            if (attendees.Count == 0)
            {
                return OperationResult<TrainingSession>.Invalid("teams", "No agent would attend: the teams chosen have no agents outside onboarding.");
            }

            var session = TrainingSession.Schedule(
                Guid.CreateVersion7(now), request.Title!, topics, startsAt, MonthOf(startsAt), Hours, teams, attendees, actor.Name, now);
            db.TrainingSessions.Add(session);
            write.Publish(new TrainingChanged(null));
            return OperationResult<TrainingSession>.Created(session);
        }, cancellationToken);
        if (result.Value is not { } scheduled)
        {
            return result.Failed<TrainingSessionResource>();
        }

        await ScheduleRemindersAsync(scheduled, cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Assignment, Subject(scheduled.Id),
                Detail: $"TRN-02: session {scheduled.StartsAt:O} for {scheduled.Attendees.Count} agents ({scheduled.TopicList})"),
            cancellationToken);
        return OperationResult<TrainingSessionResource>.Created(await ResourceAsync(scheduled, cancellationToken));
    }

    /// <summary>The sessions of a centre-local month (<c>yyyy-MM</c>), by start.</summary>
    public async Task<IReadOnlyList<TrainingSessionResource>> ListAsync(string month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.Month == month).ToListAsync(cancellationToken);
        return await ResourcesAsync(db, [.. sessions.OrderBy(s => s.StartsAt)], cancellationToken);
    }

    public async Task<TrainingSessionResource?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? null : (await ResourcesAsync(db, [session], cancellationToken))[0];
    }

    /// <summary>The sessions <paramref name="agentCode"/> is expected at that have not ended yet, soonest first.</summary>
    public async Task<IReadOnlyList<TrainingSessionResource>> UpcomingForAsync(string agentCode, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var earliest = now.AddHours(-Hours);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking()
            .Where(s => s.StartsAt > earliest && s.Attendees.Any(a => a.AgentCode == agentCode))
            .OrderBy(s => s.StartsAt)
            .Take(10)
            .ToListAsync(cancellationToken);
        return await ResourcesAsync(db, [.. sessions.Where(s => s.EndsAt > now)], cancellationToken);
    }

    public async Task<OperationResult<TrainingSessionResource>> RecordAttendanceAsync(Guid id, AttendanceRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<TrainingSessionResource>.Forbidden("Only a trainer records attendance.");
        }

        var errors = new ValidationErrors();
        errors.Required("agentCode", request.AgentCode, 20);
        if (request.Attended is null)
        {
            errors.Add("attended", "attended is required (true or false).");
        }

        errors.Optional("result", request.Result, 200);
        if (errors.Any)
        {
            return OperationResult<TrainingSessionResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            var session = await write.Db.TrainingSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return OperationResult<TrainingSession>.NotFound($"No training session with id {id}.");
            }

            try
            {
                session.RecordAttendance(request.AgentCode!, request.Attended!.Value, request.Result, actor.Name, time.GetUtcNow());
            }
            catch (ArgumentException ex)
            {
                return OperationResult<TrainingSession>.Invalid("agentCode", ex.PlainMessage());
            }

            write.Publish(new TrainingChanged(request.AgentCode));
            return OperationResult<TrainingSession>.Ok(session);
        }, cancellationToken);
        if (result.Value is not { } recorded)
        {
            return result.Failed<TrainingSessionResource>();
        }

        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Decision, Subject(id),
                Detail: $"TRN-02: {request.AgentCode} {(request.Attended == true ? "attended" : "missed")}"),
            cancellationToken);
        return OperationResult<TrainingSessionResource>.Ok(await ResourceAsync(recorded, cancellationToken));
    }

    /// <summary>
    /// The agents who missed the month's training: fewer than <see cref="Required"/> sessions attended, and either a
    /// session recorded as missed or the month over. Agents held in onboarding are left out (TRN-01 trains them).
    /// </summary>
    public async Task<IReadOnlyList<MissedTrainingResource>> MissedAsync(string month, CancellationToken cancellationToken = default)
    {
        var monthOver = string.CompareOrdinal(month, CurrentMonth) < 0;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.Month == month).ToListAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().Where(a => a.Hold != DutyHold.Onboarding).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var missed = new List<MissedTrainingResource>();
        foreach (var agent in agents)
        {
            var attended = sessions.Count(s => s.Attendee(agent.Code)?.Status == AttendanceStatus.Attended);
            var absent = sessions.Where(s => s.Attendee(agent.Code)?.Status == AttendanceStatus.Missed).OrderBy(s => s.StartsAt).ToList();
            if (attended < Required && (absent.Count > 0 || monthOver))
            {
                missed.Add(new MissedTrainingResource(
                    agent.Code, agent.Name, agent.TeamCode, Required, attended,
                    [.. absent.Select(s => new MissedSessionResource(s.Id, s.Title, s.StartsAt))]));
            }
        }

        return missed;
    }

    /// <summary>The reminder's fire: pushes it to every attendee once per lead time, while the session is still ahead.</summary>
    public Task<bool> RemindAsync(Guid sessionId, int leadMinutes, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var session = await write.Db.TrainingSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null || time.GetUtcNow() >= session.StartsAt || !session.MarkReminderSent(leadMinutes))
            {
                return false;
            }

            var reminder = new TrainingReminderResource(
                session.Id, session.Title, [.. session.Topics.Select(WireNames.ToWire)], session.StartsAt, session.Hours, leadMinutes);
            write.Publish(new TrainingReminder(reminder, [.. session.Attendees.Select(a => a.AgentCode)]));
            return true;
        }, cancellationToken);

    /// <summary>Sessions still ahead, for the start-up sync of their reminders.</summary>
    public async Task<IReadOnlyList<TrainingSession>> AheadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TrainingSessions.AsNoTracking().Where(s => s.StartsAt > now).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// When the reminders of <paramref name="session"/> fire: each lead time before the start that is not sent yet; one
    /// whose time has passed fires at once, unless a later one has passed too (one late reminder, not two).
    /// </summary>
    public IReadOnlyList<(int LeadMinutes, DateTimeOffset FireAt)> ReminderTimes(TrainingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var now = time.GetUtcNow();
        var sent = session.RemindersSent.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var leads = new[] { Options.FirstReminderHoursBefore * 60, Options.LastReminderMinutesBefore }
            .Where(l => l > 0).Distinct().OrderDescending().ToList();
        var fires = new List<(int, DateTimeOffset)>();
        for (var i = 0; i < leads.Count; i++)
        {
            var fireAt = session.StartsAt.AddMinutes(-leads[i]);
            var laterPassed = i + 1 < leads.Count && session.StartsAt.AddMinutes(-leads[i + 1]) <= now;
            if (now >= session.StartsAt || sent.Contains(leads[i].ToString(CultureInfo.InvariantCulture)) || (fireAt <= now && laterPassed))
            {
                continue;
            }

            fires.Add((leads[i], fireAt > now ? fireAt : now));
        }

        return fires;
    }

    public async Task ScheduleRemindersAsync(TrainingSession session, CancellationToken cancellationToken)
    {
        try
        {
            await reminders.ScheduleAsync(session.Id, ReminderTimes(session), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The start-up sync schedules them again.
            logger.LogError(ex, "Could not schedule the reminders of training session {SessionId}", session.Id);
        }
    }

    private async Task<TrainingSessionResource> ResourceAsync(TrainingSession session, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await ResourcesAsync(db, [session], cancellationToken))[0];
    }

    private async Task<IReadOnlyList<TrainingSessionResource>> ResourcesAsync(ConsoleDbContext db, IReadOnlyList<TrainingSession> sessions, CancellationToken cancellationToken)
    {
        var codes = sessions.SelectMany(s => s.Attendees.Select(a => a.AgentCode)).Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, cancellationToken);
        return [.. sessions.Select(s => new TrainingSessionResource(
            s.Id, s.Title, [.. s.Topics.Select(WireNames.ToWire)], s.StartsAt, s.EndsAt, s.Hours, s.Month, s.Teams, s.ScheduledAt, s.ScheduledBy,
            [.. s.Attendees.OrderBy(a => a.AgentCode, StringComparer.Ordinal).Select(a => new SessionAttendeeResource(
                a.AgentCode, agents.GetValueOrDefault(a.AgentCode)?.Name ?? a.AgentCode, agents.GetValueOrDefault(a.AgentCode)?.TeamCode ?? "",
                WireNames.ToWire(a.Status), a.Result, a.RecordedAt, a.RecordedBy))],
            [.. ReminderTimes(s).Select(r => r.FireAt)]))];
    }

    private static string Subject(Guid id) => $"training-session:{id}";
}
