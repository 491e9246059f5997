using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary><c>POST /api/v1/attendance/punches</c>: one punch from a clock device, idempotent on <see cref="ExternalId"/>.</summary>
public sealed record PunchRequest([Required] string? ExternalId, [Required] string? AgentCode, [Required] DateTimeOffset? At, [Required, AllowedValues("in", "out")] string? Kind);

/// <summary>A punch as the API and the screens show it.</summary>
public sealed record PunchResource(
    Guid Id, string? ExternalId, string AgentCode, DateTimeOffset At, string Kind, string Source, string RecordedBy,
    DateTimeOffset RecordedAt, string? Reason, bool Voided, string? VoidedBy, string? VoidReason);

/// <summary><c>POST /api/v1/attendance/corrections</c>: a supervisor adds a missing punch with a reason.</summary>
public sealed record PunchCorrectionRequest(string? AgentCode, DateTimeOffset? At, string? Kind, string? Reason);

/// <summary><c>POST /api/v1/attendance/punches/{id}/void</c>: a supervisor voids a wrong punch with a reason.</summary>
public sealed record PunchVoidRequest(string? Reason);

/// <summary>One day of an agent's attendance (GEN-01, GEN-03…05).</summary>
public sealed record AttendanceDayResource(
    DateOnly Date,
    string DayKind,
    string Status,
    string? ShiftStart,
    string? ShiftEnd,
    int MinutesLate,
    int MinutesEarly,
    int AbsenceUnits,
    decimal? DeductionYuan,
    string RuleId,
    bool ToleratedLate,
    bool CountedLate,
    bool AbsenceLimitReached,
    bool MissingIn,
    bool MissingOut,
    string? Leave,
    IReadOnlyList<PunchResource> Punches);

/// <summary><c>GET /api/v1/attendance?agentCode=&amp;month=</c>: an agent's month with its totals.</summary>
public sealed record AttendanceMonthResource(
    string AgentCode,
    string AgentName,
    string TeamCode,
    string Month,
    decimal? MonthlyBase,
    decimal? DailyWage,
    int Lates,
    int ToleratedLates,
    int CountedLates,
    int EarlyLeaves,
    int AbsenceUnits,
    int MissingPunches,
    int LeaveDays,
    decimal? DeductionYuan,
    decimal YearAbsenceDays,
    bool AbsenceLimitReached,
    IReadOnlyList<AttendanceDayResource> Days);

/// <summary><c>POST /api/v1/attendance/leave</c>.</summary>
public sealed record LeaveFileRequest(string? AgentCode, string? Kind, DateOnly? From, DateOnly? To, string? Reason);

/// <summary><c>POST /api/v1/attendance/leave/{id}/decide</c>.</summary>
public sealed record LeaveDecisionRequest(bool? Approve, string? Note);

public sealed record LeaveResource(
    Guid Id, string AgentCode, string Kind, DateOnly From, DateOnly To, int Days, string Reason, string Status, string FiledBy,
    DateTimeOffset FiledAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote);

/// <summary><c>PUT /api/v1/attendance/pay-profiles/{agentCode}</c>.</summary>
public sealed record PayProfileRequest(decimal? MonthlyBase, bool? HasPositionAllowance);

public sealed record PayProfileResource(
    string AgentCode, decimal MonthlyBase, bool HasPositionAllowance, decimal DailyWage, decimal HourlyRate, string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary><c>POST /api/v1/payroll/overtime/quote</c>.</summary>
public sealed record OvertimeQuoteRequest([Required] decimal? MonthlyBase, [Required] decimal? Hours, [Required, AllowedValues("workday", "restday", "holiday")] string? DayKind);

public sealed record OvertimeQuoteResource(decimal Amount, decimal HourlyRate, decimal Multiplier, string RuleId);

/// <summary><c>POST /api/v1/payroll/overtime</c>: approved overtime; the day kind comes from the calendar.</summary>
public sealed record OvertimeRecordRequest(string? AgentCode, DateOnly? Date, decimal? Hours, string? Reason);

public sealed record OvertimeResource(
    Guid Id, string AgentCode, DateOnly Date, decimal Hours, string DayKind, string Compensation, decimal? Amount, decimal? HourlyRate,
    string RuleId, string Reason, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary><c>POST /api/v1/attendance/rosters</c>: a shift that differs from the standard week (GEN-01).</summary>
public sealed record RosterRequest(
    string? TeamCode, string? AgentCode, DateOnly? From, DateOnly? To, string[]? Weekdays, string? Start, string? End,
    string? SecondStart, string? SecondEnd, bool? DayOff, string? Note);

public sealed record RosterResource(
    Guid Id, string? TeamCode, string? AgentCode, DateOnly From, DateOnly To, IReadOnlyList<string> Weekdays, bool DayOff,
    IReadOnlyList<string> Segments, string Note, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>
/// <c>DELETE /api/v1/attendance/rosters/{id}</c>: <c>outcome</c> is <c>deleted</c> (the roster had not begun; as it was)
/// or <c>ended</c> (it had begun; it now ends yesterday, so past days keep their shift).
/// </summary>
public sealed record RosterRemovalResource(string Outcome, RosterResource Roster);

/// <summary>An agent of the roster screen's team, by name.</summary>
public sealed record RosterAgent(string Code, string Name);

/// <summary>The roster screen's team: its agents and the rosters of the team and of its agents, with the centre's today.</summary>
public sealed record TeamRosters(string TeamCode, string TeamName, IReadOnlyList<RosterAgent> Agents, IReadOnlyList<RosterResource> Rosters, DateOnly Today);
