using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Personnel;

namespace ServiceConsole.Web.Features.Personnel;

/// <summary><c>PUT /api/v1/agents/{code}/employment</c>: opens the record, or changes the hire date and/or the probation end (a reason is then required).</summary>
/// <param name="HireDate">The hire date: required to open the record; on an open record, a change.</param>
/// <param name="ProbationEnd">The end of probation, never before the policy's minimum; opening without it, the minimum.</param>
/// <param name="Reason">Why: required once the record is open (every change of probation says why); optional when opening it.</param>
public sealed record EmploymentRequest(DateOnly? HireDate, DateOnly? ProbationEnd, [StringLength(EmploymentRecord.MaxReasonLength)] string? Reason);

/// <summary><c>POST /api/v1/agents/{code}/employment/confirm</c>: HR confirms the agent (转正).</summary>
/// <param name="Note">HR's note, free text.</param>
public sealed record ConfirmRequest([StringLength(EmploymentRecord.MaxReasonLength)] string? Note);

/// <summary><c>POST /api/v1/personnel/records</c>: a reward or penalty proposed for an agent (GEN-07).</summary>
/// <param name="AgentCode">The agent (an existing agent).</param>
/// <param name="Kind">The reward or penalty.</param>
/// <param name="Cause">One of the causes the policy lists for the kind (<c>GET /api/v1/personnel/causes</c>).</param>
/// <param name="Note">Free text.</param>
/// <param name="Date">The day of the facts, today or earlier; left out, today (centre time).</param>
public sealed record ProposeRecordRequest(
    [Required, StringLength(20)] string? AgentCode,
    [Required, AllowedValues("commendation", "merit", "major-merit", "warning", "demerit", "major-demerit", "dismissal")] string? Kind,
    [Required] string? Cause,
    [StringLength(DisciplineRecord.MaxNoteLength)] string? Note,
    DateOnly? Date);

/// <summary><c>POST /api/v1/personnel/records/{id}/approve|reject</c>.</summary>
/// <param name="Note">HR's note, free text.</param>
public sealed record DecideRecordRequest([StringLength(DisciplineRecord.MaxNoteLength)] string? Note);

/// <summary>One entry of the probation history.</summary>
public sealed record ProbationChangeResource(
    string Kind, DateOnly HireDate, DateOnly? PreviousEnd, DateOnly ProbationEnd, string? Reason, string By, DateTimeOffset At);

/// <summary>An agent's employment record (GEN-06); <c>minimumProbationEnd</c> is the earliest end the policy allows.</summary>
public sealed record EmploymentResource(
    string AgentCode, DateOnly HireDate, DateOnly ProbationEnd, DateOnly MinimumProbationEnd, string Status, DateOnly? ConfirmedOn, string? ConfirmedBy,
    IReadOnlyList<ProbationChangeResource> History, string RuleId = PersonnelRecords.ProbationRuleId);

/// <summary>A reward or penalty (GEN-07); <c>deduction</c> is what it takes off the month's rule compliance once approved (0 for a reward).</summary>
public sealed record DisciplineRecordResource(
    Guid Id, string AgentCode, string AgentName, string Kind, string Side, string Cause, string? Note, DateOnly Date, string Status,
    string ProposedBy, DateTimeOffset ProposedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, int Deduction,
    string RuleId = PersonnelRecords.DisciplineRuleId);

/// <summary><c>GET /api/v1/agents/{code}/personnel-file</c>: the employment record (null until HR opens it) and the rewards and penalties, newest first.</summary>
public sealed record PersonnelFileResource(
    string AgentCode, string AgentName, string TeamCode, EmploymentResource? Employment, IReadOnlyList<DisciplineRecordResource> Records);

/// <summary>One agent on the personnel list: the employment record (null until opened) and how many records wait for approval.</summary>
public sealed record PersonnelRowResource(string AgentCode, string AgentName, string TeamCode, string TeamName, EmploymentResource? Employment, int Pending, int Rewards, int Penalties);

/// <summary><c>GET /api/v1/personnel/causes</c>: the causes the policy lists for one kind, and its deduction.</summary>
public sealed record DisciplineCausesResource(string Kind, string Side, IReadOnlyList<string> Causes, int Deduction, string RuleId = PersonnelRecords.DisciplineRuleId);
