using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary><c>POST /api/v1/attendance/punches</c>: one punch from a clock device, idempotent on <see cref="ExternalId"/>.</summary>
public sealed record PunchRequest([Required, StringLength(100)] string? ExternalId, [Required, StringLength(20)] string? AgentCode, [Required] DateTimeOffset? At, [Required, AllowedValues("in", "out")] string? Kind);

/// <summary>A punch as the API and the screens show it.</summary>
public sealed record PunchResource(
    Guid Id, string? ExternalId, string AgentCode, DateTimeOffset At, string Kind, string Source, string RecordedBy,
    DateTimeOffset RecordedAt, string? Reason, bool Voided, string? VoidedBy, string? VoidReason);

/// <summary><c>POST /api/v1/attendance/corrections</c>: a supervisor adds a missing punch with a reason.</summary>
/// <param name="AgentCode">The agent whose punch is missing.</param>
/// <param name="At">When the agent clocked, not in the future.</param>
/// <param name="Kind">Clocking in or out.</param>
/// <param name="Reason">Why the punch is added, free text (audited).</param>
public sealed record PunchCorrectionRequest(
    [Required, StringLength(20)] string? AgentCode,
    [Required] DateTimeOffset? At,
    [Required, WireEnum<PunchKind>] string? Kind,
    [Required, StringLength(500)] string? Reason);

/// <summary><c>POST /api/v1/attendance/punches/{id}/void</c>: a supervisor voids a wrong punch with a reason.</summary>
/// <param name="Reason">Why the punch is voided, free text (audited).</param>
public sealed record PunchVoidRequest([Required, StringLength(500)] string? Reason);

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
/// <param name="AgentCode">The agent on leave: required unless an agent files for themselves (then left out means their own).</param>
/// <param name="Kind">The kind of leave.</param>
/// <param name="From">The first day of leave.</param>
/// <param name="To">The last day of leave, not before <c>from</c>; at most 366 days in all.</param>
/// <param name="Reason">Free text.</param>
public sealed record LeaveFileRequest(
    [StringLength(20)] string? AgentCode,
    [Required, WireEnum<LeaveKind>] string? Kind,
    [Required] DateOnly? From,
    [Required] DateOnly? To,
    [Required, StringLength(500)] string? Reason);

/// <summary><c>POST /api/v1/attendance/leave/{id}/decide</c>.</summary>
/// <param name="Approve">Approve (true) or reject (false).</param>
/// <param name="Note">The decision's note, free text.</param>
public sealed record LeaveDecisionRequest([Required] bool? Approve, [StringLength(500)] string? Note);

public sealed record LeaveResource(
    Guid Id, string AgentCode, string Kind, DateOnly From, DateOnly To, int Days, string Reason, string Status, string FiledBy,
    DateTimeOffset FiledAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote);

/// <summary><c>PUT /api/v1/attendance/pay-profiles/{agentCode}</c>.</summary>
/// <param name="MonthlyBase">The monthly base pay in yuan: more than 0, at most 10,000,000.</param>
/// <param name="HasPositionAllowance">Whether the agent draws the position allowance.</param>
public sealed record PayProfileRequest([Required, Range(0, 10_000_000, MinimumIsExclusive = true)] decimal? MonthlyBase, bool? HasPositionAllowance);

public sealed record PayProfileResource(
    string AgentCode, decimal MonthlyBase, bool HasPositionAllowance, decimal DailyWage, decimal HourlyRate, string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary><c>POST /api/v1/payroll/overtime/quote</c>.</summary>
/// <param name="MonthlyBase">The monthly base pay in yuan: more than 0, at most 10,000,000.</param>
/// <param name="Hours">More than 0, at most 24, at most two decimals.</param>
/// <param name="DayKind">The kind of day worked.</param>
public sealed record OvertimeQuoteRequest(
    [Required, Range(0, 10_000_000, MinimumIsExclusive = true)] decimal? MonthlyBase,
    [Required, Range(0, 24, MinimumIsExclusive = true)] decimal? Hours,
    [Required, AllowedValues("workday", "restday", "holiday")] string? DayKind);

public sealed record OvertimeQuoteResource(decimal Amount, decimal HourlyRate, decimal Multiplier, string RuleId);

/// <summary><c>POST /api/v1/payroll/overtime</c>: approved overtime; the day kind comes from the calendar.</summary>
/// <param name="AgentCode">The agent who worked the overtime.</param>
/// <param name="Date">The day worked; its kind (workday, rest day, holiday) comes from the calendar.</param>
/// <param name="Hours">More than 0, at most 24, at most two decimals.</param>
/// <param name="Reason">Free text.</param>
public sealed record OvertimeRecordRequest(
    [Required, StringLength(20)] string? AgentCode,
    [Required] DateOnly? Date,
    [Required, Range(0, 24, MinimumIsExclusive = true)] decimal? Hours,
    [Required, StringLength(500)] string? Reason);

public sealed record OvertimeResource(
    Guid Id, string AgentCode, DateOnly Date, decimal Hours, string DayKind, string Compensation, decimal? Amount, decimal? HourlyRate,
    string RuleId, string Reason, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary><c>POST /api/v1/attendance/rosters</c>: a shift that differs from the standard week (GEN-01).</summary>
/// <param name="TeamCode">The team the roster applies to: required unless <c>agentCode</c> is given; give exactly one of the two.</param>
/// <param name="AgentCode">The agent the roster applies to: required unless <c>teamCode</c> is given; give exactly one of the two.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, not before <c>from</c>.</param>
/// <param name="Weekdays">The weekdays it applies to (case-insensitive); left out or empty, every day.</param>
/// <param name="Start">The shift's start, <c>HH:mm</c>: required unless <c>dayOff</c> is true.</param>
/// <param name="End">The shift's end, <c>HH:mm</c>: required unless <c>dayOff</c> is true.</param>
/// <param name="SecondStart">A second segment's start, <c>HH:mm</c>, not before <c>end</c>; with <c>secondEnd</c>.</param>
/// <param name="SecondEnd">A second segment's end, <c>HH:mm</c>; with <c>secondStart</c>.</param>
/// <param name="DayOff">The days are off (no shift).</param>
/// <param name="Note">Free text.</param>
public sealed record RosterRequest(
    string? TeamCode,
    string? AgentCode,
    [Required] DateOnly? From,
    [Required] DateOnly? To,
    [AllowedValues("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")] string[]? Weekdays,
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")] string? Start,
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")] string? End,
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")] string? SecondStart,
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")] string? SecondEnd,
    bool? DayOff,
    [StringLength(200)] string? Note);

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
