using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Training;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// TRN-01: a trainer enrols a new agent (an existing row, or one created here) into the onboarding plan, which holds
/// them off duty (<see cref="DutyHold.Onboarding"/>) in the same write; marks each day done; and records the exam on or
/// after its day. A pass (theory and practice each at least <c>Policy:Training:OnboardingExamPassScore</c>) releases the
/// hold and the agent is away until a supervisor puts them on duty; a fail keeps the hold for a retake.
/// </summary>
public sealed partial class OnboardingService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    ISupervisorActions supervisor,
    IOptions<PolicyOptions> policy,
    CentreTimeZone centre,
    IAuditTrail audit,
    IStaffDirectory staff,
    TimeProvider time)
{
    public const string RuleId = "TRN-01";

    private TrainingOptions Options => policy.Value.Training;

    /// <summary>The centre's date today.</summary>
    public DateOnly Today => DateOnly.FromDateTime(centre.ToLocal(time.GetUtcNow()).DateTime);

    public double PassScore => Options.OnboardingExamPassScore;

    public int Days => Options.OnboardingDays;

    public async Task<OperationResult<OnboardingResource>> EnrolAsync(OnboardingRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<OnboardingResource>.Forbidden("Only a trainer enrols agents into onboarding.");
        }

        var errors = new ValidationErrors();
        var code = request.AgentCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("agentCode", "agentCode is required.");
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add("agentCode", "agentCode is 1–20 letters, digits, '-' or '_'.");
        }

        var mentorCode = request.MentorCode?.Trim();
        errors.Required("mentorCode", mentorCode, 20);
        errors.Optional("name", request.Name, 100);
        errors.Optional("teamCode", request.TeamCode, 20);
        var today = Today;
        DateOnly startsOn = default;
        if (string.IsNullOrWhiteSpace(request.StartsOn))
        {
            errors.Add("startsOn", "startsOn is required (yyyy-MM-dd, centre time).");
        }
        else if (!DateOnly.TryParseExact(request.StartsOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out startsOn))
        {
            errors.Add("startsOn", "startsOn is a date written yyyy-MM-dd.");
        }
        else if (startsOn < today.AddDays(-(Options.OnboardingDays - 1)) || startsOn > today.AddYears(1))
        {
            errors.Add("startsOn", $"startsOn lies between {today.AddDays(-(Options.OnboardingDays - 1)):yyyy-MM-dd} (a plan still running) and a year from today.");
        }

        Channel? channel = null;
        if (request.Channel is { } wire)
        {
            if (WireNames.TryParseChannel(wire, out var parsed))
            {
                channel = parsed;
            }
            else
            {
                errors.Add("channel", $"channel is one of {string.Join(", ", WireNames.All<Channel>())}.");
            }
        }

        if (code is not null && code == mentorCode)
        {
            errors.Add("mentorCode", "The mentor is a senior agent, not the new agent.");
        }

        if (errors.Any)
        {
            return OperationResult<OnboardingResource>.Invalid(errors.ToDictionary());
        }

        var created = false;
        var result = await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var now = time.GetUtcNow();
            var mentor = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Code == mentorCode, cancellationToken);
            if (mentor is null)
            {
                return OperationResult<Onboarding>.Invalid("mentorCode", $"No agent with code {ValidationErrors.Echo(mentorCode)}.");
            }

            if (mentor.Hold == DutyHold.Onboarding)
            {
                return OperationResult<Onboarding>.Invalid("mentorCode", $"Agent {mentor.Code} is in onboarding themselves; the mentor is a senior agent.");
            }

            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Code == code, cancellationToken);
            if (agent is null)
            {
                var invalid = new ValidationErrors();
                invalid.Required("name", request.Name, 100);
                invalid.Required("teamCode", request.TeamCode, 20);
                var team = request.TeamCode is { } teamCode ? await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Code == teamCode, cancellationToken) : null;
                if (team is null && !invalid.Has("teamCode"))
                {
                    invalid.Add("teamCode", $"No team with code {ValidationErrors.Echo(request.TeamCode)}.");
                }

                if (team is not null && channel is { } c && c != team.Channel)
                {
                    invalid.Add("channel", $"Team {team.Code} serves the {WireNames.ToWire(team.Channel)} channel.");
                }

                if (invalid.Any)
                {
                    return OperationResult<Onboarding>.Invalid(invalid.ToDictionary());
                }

                agent = new Agent(code!, request.Name!.Trim(), team!.Code, team.Channel, now);
                db.Agents.Add(agent);
                created = true;
            }
            else if (await db.Onboardings.AnyAsync(o => o.AgentCode == agent.Code, cancellationToken))
            {
                return OperationResult<Onboarding>.Conflict($"Agent {agent.Code} is already enrolled in onboarding.");
            }
            else if (agent.Hold != DutyHold.None)
            {
                return OperationResult<Onboarding>.Conflict($"Agent {agent.Code} is held off duty ({agent.HoldRuleId}); enrol them once that hold is released.");
            }

            var onboarding = Onboarding.Enrol(Guid.CreateVersion7(now), agent.Code, startsOn, Options.OnboardingDays, mentor.Code, actor.Name, now);
            db.Onboardings.Add(onboarding);
            await supervisor.PlaceHoldAsync(write, agent, DutyHold.Onboarding, RuleId, until: null);
            write.Publish(new TrainingChanged(agent.Code));
            return OperationResult<Onboarding>.Created(onboarding);
        }, cancellationToken);
        if (result.Value is not { } enrolled)
        {
            return result.Failed<OnboardingResource>();
        }

        if (created)
        {
            (staff as StaffDirectory)?.Invalidate();
        }

        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Assignment, Subject(enrolled.AgentCode),
                Detail: $"{RuleId}: {(created ? "new agent " : "")}{enrolled.AgentCode} enrolled from {enrolled.StartsOn:yyyy-MM-dd}, mentor {enrolled.MentorCode}"),
            cancellationToken);
        return OperationResult<OnboardingResource>.Created((await GetAsync(enrolled.AgentCode, cancellationToken))!);
    }

    /// <summary>The cohort: every onboarding still in progress, and those passed this month (centre time), by start date.</summary>
    public async Task<IReadOnlyList<OnboardingResource>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var monthStart = new DateTimeOffset(new DateTime(today.Year, today.Month, 1), centre.Zone.GetUtcOffset(new DateTime(today.Year, today.Month, 1)));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Onboardings.AsNoTracking()
            .Where(o => o.Status == OnboardingStatus.InProgress || o.PassedAt >= monthStart)
            .ToListAsync(cancellationToken);
        return await ResourcesAsync(db, [.. rows.OrderBy(o => o.StartsOn).ThenBy(o => o.AgentCode, StringComparer.Ordinal)], cancellationToken);
    }

    public async Task<OnboardingResource?> GetAsync(string agentCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Onboardings.AsNoTracking().FirstOrDefaultAsync(o => o.AgentCode == agentCode, cancellationToken);
        return row is null ? null : (await ResourcesAsync(db, [row], cancellationToken))[0];
    }

    public async Task<OperationResult<OnboardingResource>> MarkDayAsync(string agentCode, int day, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<OnboardingResource>.Forbidden("Only a trainer marks onboarding days.");
        }

        var errors = new ValidationErrors();
        errors.Optional("note", note, 1000);
        if (errors.Any)
        {
            return OperationResult<OnboardingResource>.Invalid(errors.ToDictionary());
        }

        return await ChangeAsync(agentCode, actor, $"day {day} done", (onboarding, now) =>
        {
            onboarding.MarkDayDone(day, note, actor.Name, Today, now);
            return Task.CompletedTask;
        }, "day", cancellationToken);
    }

    public async Task<OperationResult<OnboardingResource>> RecordExamAsync(
        string agentCode, double? theory, double? practice, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<OnboardingResource>.Forbidden("Only a trainer records the onboarding exam.");
        }

        var errors = new ValidationErrors();
        ScoreField(errors, "theory", theory);
        ScoreField(errors, "practice", practice);
        if (errors.Any)
        {
            return OperationResult<OnboardingResource>.Invalid(errors.ToDictionary());
        }

        var passed = false;
        var result = await ChangeAsync(agentCode, actor, "exam", (onboarding, now) =>
        {
            passed = onboarding.RecordExam(theory!.Value, practice!.Value, PassScore, actor.Name, Today, now);
            return Task.CompletedTask;
        }, "exam", cancellationToken, afterChange: async (write, onboarding) =>
        {
            if (passed)
            {
                var agent = await write.Db.Agents.FirstAsync(a => a.Code == onboarding.AgentCode, cancellationToken);
                await supervisor.ReleaseHoldAsync(write, agent, DutyHold.Onboarding);
            }
        });
        if (result.Succeeded)
        {
            await audit.RecordAsync(
                new AuditEvent(actor.Name, AuditActions.Decision, Subject(agentCode),
                    Detail: $"{RuleId}: exam theory {theory} practice {practice} (pass mark {PassScore}): {(passed ? "passed, hold released" : "failed, retake")}"),
                cancellationToken);
        }

        return result;
    }

    private async Task<OperationResult<OnboardingResource>> ChangeAsync(
        string agentCode, Actor actor, string step, Func<Onboarding, DateTimeOffset, Task> change, string field, CancellationToken cancellationToken,
        Func<WriteScope, Onboarding, Task>? afterChange = null)
    {
        var result = await writes.RunAsync(async write =>
        {
            var onboarding = await write.Db.Onboardings.FirstOrDefaultAsync(o => o.AgentCode == agentCode, cancellationToken);
            if (onboarding is null)
            {
                return OperationResult<Onboarding>.NotFound($"Agent {ValidationErrors.Echo(agentCode)} is not in onboarding.");
            }

            try
            {
                await change(onboarding, time.GetUtcNow());
            }
            catch (ArgumentException ex)
            {
                return OperationResult<Onboarding>.Invalid(ex.ParamName ?? field, ex.PlainMessage());
            }

            if (afterChange is not null)
            {
                await afterChange(write, onboarding);
            }

            write.Publish(new TrainingChanged(onboarding.AgentCode));
            return OperationResult<Onboarding>.Ok(onboarding);
        }, cancellationToken);
        if (result.Value is null)
        {
            return result.Failed<OnboardingResource>();
        }

        if (step != "exam")
        {
            await audit.RecordAsync(new AuditEvent(actor.Name, AuditActions.Decision, Subject(agentCode), Detail: $"{RuleId}: {step}"), cancellationToken);
        }

        return OperationResult<OnboardingResource>.Ok((await GetAsync(agentCode, cancellationToken))!);
    }

    private async Task<IReadOnlyList<OnboardingResource>> ResourcesAsync(ConsoleDbContext db, IReadOnlyList<Onboarding> rows, CancellationToken cancellationToken)
    {
        var codes = rows.SelectMany(o => new[] { o.AgentCode, o.MentorCode }).Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, cancellationToken);
        var today = Today;
        return [.. rows.Select(o => ToResource(o, agents[o.AgentCode], agents.GetValueOrDefault(o.MentorCode), today))];
    }

    private OnboardingResource ToResource(Onboarding o, Agent agent, Agent? mentor, DateOnly today)
    {
        var plan = o.Plan;
        var days = Enumerable.Range(1, o.Days).Select(d =>
        {
            var done = o.DayDone(d);
            var exam = d == plan.ExamDay ? o.Exams.LastOrDefault() : null;
            return new OnboardingDayResource(
                d, OnboardingPlan.DateOf(o.StartsOn, d), WireNames.ToWire(plan.TopicOf(d)), plan.WithMentor(d),
                done?.DoneAt ?? (exam is { Passed: true } ? exam.At : null), done?.DoneBy ?? exam?.RecordedBy, done?.Note);
        }).ToList();
        return new OnboardingResource(
            o.Id, o.AgentCode, agent.Name, agent.TeamCode, WireNames.ToWire(agent.Channel), o.StartsOn, o.Days, o.CurrentDay(today),
            o.MentorCode, mentor?.Name ?? o.MentorCode, WireNames.ToWire(o.Status), WireNames.ToWire(agent.Hold), agent.HoldRuleId, PassScore,
            o.EnrolledAt, o.EnrolledBy, o.PassedAt, days,
            [.. o.Exams.OrderBy(e => e.Attempt).Select(e => new OnboardingExamResource(e.Attempt, e.At, e.Theory, e.Practice, e.Passed, e.RecordedBy))]);
    }

    private static void ScoreField(ValidationErrors errors, string field, double? value)
    {
        if (value is null)
        {
            errors.Add(field, $"{field} is required (0–100).");
        }
        else if (!(value >= 0 && value <= 100))
        {
            errors.Add(field, $"{field} lies between 0 and 100.");
        }
    }

    private static string Subject(string agentCode) => $"onboarding:{agentCode}";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,20}$")]
    private static partial Regex CodePattern();
}
