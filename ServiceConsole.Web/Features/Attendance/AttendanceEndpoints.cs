using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary><c>/api/v1/attendance/…</c> and <c>/api/v1/payroll/overtime…</c> (GEN-01…05, additions).</summary>
public static class AttendanceEndpoints
{
    public static RouteGroupBuilder MapAttendanceEndpoints(this RouteGroupBuilder api)
    {
        var attendance = api.MapGroup("/attendance").WithTags("Attendance");

        attendance.MapPost("/punches", async (PunchRequest request, ClaimsPrincipal user, AttendanceService service, CancellationToken ct) =>
                (await service.RecordPunchAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(p => $"/api/v1/attendance/punches/{p.Id}"))
            .RequireAuthorization(Policies.IngestPunches)
            .Produces<PunchResource>(StatusCodes.Status201Created)
            .Produces<PunchResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "externalId": "clk-20261122-A001-in", "agentCode": "A001", "at": "2026-11-22T00:58:00Z", "kind": "in" }""")
            .WithName("RecordPunch")
            .WithSummary("A time-clock punch (GEN-03); idempotent on externalId: a retry answers the stored punch, another request under the same externalId 409.");

        attendance.MapPost("/corrections", async (PunchCorrectionRequest request, ClaimsPrincipal user, AttendanceService service, CancellationToken ct) =>
                (await service.AddCorrectionAsync(request, AttendanceViewer.From(user), ct)).ToHttp(p => $"/api/v1/attendance/punches/{p.Id}"))
            .RequireAuthorization(Policies.SuperviseAttendance)
            .Produces<PunchResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "agentCode": "A001", "at": "2026-11-22T10:02:00Z", "kind": "out", "reason": "打卡机故障，主管确认下班时间。" }""")
            .WithName("AddPunchCorrection")
            .WithSummary("A supervisor adds a punch the clock missed, with a reason (audited).");

        attendance.MapPost("/punches/{id:guid}/void", async (Guid id, PunchVoidRequest request, ClaimsPrincipal user, AttendanceService service, CancellationToken ct) =>
                (await service.VoidAsync(id, request, AttendanceViewer.From(user), ct)).ToHttp())
            .RequireAuthorization(Policies.SuperviseAttendance)
            .Produces<PunchResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "reason": "重复打卡。" }""")
            .WithName("VoidPunch")
            .WithSummary("A supervisor voids a wrong punch with a reason (audited); a voided punch cannot be voided again.");

        attendance.MapGet("/", async (string? agentCode, string? month, ClaimsPrincipal user, AttendanceService service, CancellationToken ct) =>
                (await service.GetMonthAsync(agentCode, month, AttendanceViewer.From(user), ct)).ToHttp())
            .RequireAuthorization(Policies.ReadAttendance)
            .Produces<AttendanceMonthResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetAttendanceMonth")
            .WithSummary("An agent's month (yyyy-MM, centre time; default this month), per day: status, minutes late/early, absence units, deduction in yuan and the rule; an agent reads only their own.");

        attendance.MapPost("/leave", async (LeaveFileRequest request, ClaimsPrincipal user, LeaveService service, CancellationToken ct) =>
                (await service.FileAsync(request, AttendanceViewer.From(user), ct)).ToHttp(l => $"/api/v1/attendance/leave/{l.Id}"))
            .RequireAuthorization(Policies.FileLeave)
            .Produces<LeaveResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "agentCode": "A001", "kind": "sick", "from": "2026-11-24", "to": "2026-11-25", "reason": "发烧就医" }""")
            .WithName("FileLeave")
            .WithSummary("Files a leave request (sick, personal, marriage, maternity): an agent for themselves, HR for anyone.");

        attendance.MapGet("/leave", async (string? agentCode, ClaimsPrincipal user, LeaveService service, CancellationToken ct) =>
                (await service.ListForAgentAsync(agentCode, AttendanceViewer.From(user), ct)).ToHttp())
            .RequireAuthorization(Policies.ReadAttendance)
            .Produces<IReadOnlyList<LeaveResource>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListLeave")
            .WithSummary("An agent's leave requests, newest first; an agent reads only their own.");

        attendance.MapGet("/leave/pending", async (ClaimsPrincipal user, LeaveService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PendingAsync(AttendanceViewer.From(user), ct)))
            .RequireAuthorization(Policies.DecideLeave)
            .Produces<IReadOnlyList<LeaveResource>>()
            .WithName("ListPendingLeave")
            .WithSummary("The pending leave requests the caller may decide (HR: all; a supervisor: their teams').");

        attendance.MapPost("/leave/{id:guid}/decide", async (Guid id, LeaveDecisionRequest request, ClaimsPrincipal user, LeaveService service, CancellationToken ct) =>
                (await service.DecideAsync(id, request, AttendanceViewer.From(user), ct)).ToHttp())
            .RequireAuthorization(Policies.DecideLeave)
            .Produces<LeaveResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "approve": true, "note": "注意休息。" }""")
            .WithName("DecideLeave")
            .WithSummary("HR or the team's direct supervisor approves or rejects a pending leave request (audited).");

        attendance.MapGet("/pay-profiles/{agentCode}", async (string agentCode, PayrollService service, CancellationToken ct) =>
                await service.GetProfileAsync(agentCode, ct) is { } found
                    ? Results.Ok(found)
                    : Results.Problem($"No pay profile for agent {ValidationErrors.Echo(agentCode)}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .RequireAuthorization(Policies.ManagePay)
            .Produces<PayProfileResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPayProfile");

        attendance.MapPut("/pay-profiles/{agentCode}", async (string agentCode, PayProfileRequest request, ClaimsPrincipal user, PayrollService service, CancellationToken ct) =>
                (await service.SetProfileAsync(agentCode, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.ManagePay)
            .Produces<PayProfileResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "monthlyBase": 5000.0, "hasPositionAllowance": false }""")
            .WithName("SetPayProfile")
            .WithSummary("HR sets an agent's monthly base (yuan) and position allowance (audited).");

        attendance.MapPost("/rosters", async (RosterRequest request, ClaimsPrincipal user, AttendanceService service, CancellationToken ct) =>
                (await service.AddRosterAsync(request, AttendanceViewer.From(user), ct)).ToHttp(r => $"/api/v1/attendance/rosters/{r.Id}"))
            .RequireAuthorization(Policies.SuperviseAttendance)
            .Produces<RosterResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "teamCode": "ONL-1", "agentCode": null, "from": "2026-12-01", "to": "2026-12-31", "weekdays": ["saturday", "sunday"], "start": "09:00", "end": "18:00", "secondStart": null, "secondEnd": null, "dayOff": false, "note": "十二月周末值班" }""")
            .WithName("AddRoster")
            .WithSummary("A shift roster for a team or an agent that differs from the standard week (GEN-01).");

        attendance.MapGet("/rosters", async (DateOnly? from, DateOnly? to, ClaimsPrincipal user, AttendanceService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ListRostersAsync(from ?? service.Today.AddDays(-31), to ?? service.Today.AddDays(62), AttendanceViewer.From(user), ct)))
            .RequireAuthorization(Policies.SuperviseAttendance)
            .Produces<IReadOnlyList<RosterResource>>()
            .WithName("ListRosters");

        attendance.MapDelete("/rosters/{id:guid}", async (Guid id, ClaimsPrincipal user, AttendanceService service, CancellationToken ct) =>
                (await service.RemoveRosterAsync(id, AttendanceViewer.From(user), ct)).ToHttp())
            .RequireAuthorization(Policies.SuperviseAttendance)
            .Produces<RosterRemovalResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RemoveRoster")
            .WithSummary("Takes a roster back (GEN-01, audited): withdrawn whole before it begins, else ended yesterday so past days keep their shift; 409 for a roster wholly in the past.");

        var payroll = api.MapGroup("/payroll").WithTags("Payroll");

        payroll.MapPost("/overtime/quote", (OvertimeQuoteRequest request, PayrollService service) => service.Quote(request).ToHttp())
            .RequireAuthorization(Policies.QuoteOvertime)
            .Produces<OvertimeQuoteResource>()
            .ProducesValidationProblem()
            .WithRequestExample("""{ "monthlyBase": 5000.0, "hours": 3, "dayKind": "restday" }""")
            .WithName("QuoteOvertime")
            .WithSummary("GEN-02 overtime pay = hours × (monthly base ÷ 21.5 ÷ 8) × 150 % / 200 % / 300 %.");

        payroll.MapPost("/overtime", async (OvertimeRecordRequest request, ClaimsPrincipal user, PayrollService service, CancellationToken ct) =>
                (await service.RecordOvertimeAsync(request, AttendanceViewer.From(user), ct)).ToHttp(o => $"/api/v1/payroll/overtime/{o.Id}"))
            .RequireAuthorization(Policies.RecordOvertime)
            .Produces<OvertimeResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "agentCode": "A001", "date": "2026-11-22", "hours": 2.5, "reason": "双十一后积压工单" }""")
            .WithName("RecordOvertime")
            .WithSummary("Approved overtime (GEN-02): the day kind from the calendar; pay, or time off in lieu for an agent with a position allowance.");

        return api;
    }
}
