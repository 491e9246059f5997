using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// The demo centre's attendance, so the screens are not empty: team ONL-1 carries the exceptions (short lates, a long
/// late, an absence, a missing clock-out, an early leave, today's late and missing clock-in), an approved sick day, a
/// pending leave request and overtime records; every other agent clocks in and out on time, so today's exceptions are
/// the few a supervisor acts on. Every agent has a pay profile. Seeded once, when no punch exists.
/// </summary>
public static class AttendanceDemoData
{
    private static readonly string[] Codes = ["A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008"];

    public static async Task SeedAsync(ConsoleDbContext db, DateTimeOffset now, TimeZoneInfo zone, GeneralOptions general, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(zone);
        if (await db.Punches.AnyAsync(cancellationToken) || !await db.Agents.AnyAsync(a => a.Code == "A008", cancellationToken))
        {
            return;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var planner = new ShiftPlanner(general);
        decimal[] bases = [4300m, 4800m, 5000m, 4500m, 4300m, 5200m, 4600m];
        for (var i = 0; i < bases.Length; i++)
        {
            db.PayProfiles.Add(new PayProfile(Codes[i], bases[i], hasPositionAllowance: Codes[i] == "A006", "hr", now));
        }

        var others = await db.Agents.AsNoTracking().Select(a => a.Code).Where(c => !Codes.Contains(c)).OrderBy(c => c).ToListAsync(cancellationToken);
        foreach (var code in others)
        {
            db.PayProfiles.Add(new PayProfile(code, 4500m, hasPositionAllowance: false, "hr", now));
        }

        var worked = new List<DateOnly>();
        for (var day = today.AddDays(-1); worked.Count < 5 && day > today.AddDays(-14); day = day.AddDays(-1))
        {
            if (planner.Calendar.IsWorkingDay(day))
            {
                worked.Add(day);
            }
        }

        var counter = 0;
        void Add(string code, DateOnly date, int hour, int minute, PunchKind kind)
        {
            var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), zone.GetUtcOffset(date.ToDateTime(new TimeOnly(hour, minute))));
            if (at > now)
            {
                return;
            }

            var externalId = $"demo-clk-{code}-{date:yyyyMMdd}-{AttendanceWire.ToWire(kind)}";
            var punch = Punch.FromClock(Guid.CreateVersion7(now.AddTicks(counter++)), externalId, code, at.ToUniversalTime(), kind, "clock", now);
            db.Punches.Add(punch);
            db.Entry(punch).Property(ConsoleDbContext.RequestHash).CurrentValue = "demo";
        }

        for (var d = 0; d < worked.Count; d++)
        {
            var date = worked[d];
            for (var i = 0; i < Codes.Length; i++)
            {
                var code = Codes[i];
                (int H, int M)? clockIn = (7, 48 + ((i + d) % 10));
                (int H, int M)? clockOut = (17, 31 + ((i * 3 + d) % 20));
                switch (code, d)
                {
                    case ("A002", 0): clockIn = (8, 7); break;     // a short late (GEN-04 tolerated)
                    case ("A002", 2): clockIn = (8, 4); break;     // a second short late
                    case ("A003", 1): clockIn = (8, 22); break;    // a late counted (GEN-03)
                    case ("A004", 0): clockIn = null; clockOut = null; break; // absent (GEN-05)
                    case ("A005", 0): clockOut = null; break;     // forgot to clock out
                    case ("A007", 3): clockIn = null; clockOut = null; break; // approved sick leave below
                    case ("A008", 1): clockOut = (17, 20); break; // early leave
                }

                if (clockIn is { } a)
                {
                    Add(code, date, a.H, a.M, PunchKind.In);
                }

                if (clockOut is { } b)
                {
                    Add(code, date, b.H, b.M, PunchKind.Out);
                }
            }
        }

        if (planner.Calendar.IsWorkingDay(today))
        {
            for (var i = 0; i < Codes.Length; i++)
            {
                switch (Codes[i])
                {
                    case "A003": Add("A003", today, 8, 12, PunchKind.In); break; // late today
                    case "A008": break;                                          // no clock-in today
                    default: Add(Codes[i], today, 7, 45 + i, PunchKind.In); break;
                }
            }
        }

        // Everyone else on time: in before 08:00 and out after 17:30, and in today.
        for (var i = 0; i < others.Count; i++)
        {
            foreach (var date in worked)
            {
                Add(others[i], date, 7, 40 + (i % 19), PunchKind.In);
                Add(others[i], date, 17, 32 + (i % 25), PunchKind.Out);
            }

            if (planner.Calendar.IsWorkingDay(today))
            {
                Add(others[i], today, 7, 40 + (i % 19), PunchKind.In);
            }
        }

        if (worked.Count > 3)
        {
            var sick = new LeaveRequest(Guid.CreateVersion7(now), "A007", LeaveKind.Sick, worked[3], worked[3], "发烧，附医院证明", "A007", now.AddDays(-6));
            sick.Approve("supervisor", "已核对病假条", now.AddDays(-5));
            db.LeaveRequests.Add(sick);
        }

        db.LeaveRequests.Add(new LeaveRequest(Guid.CreateVersion7(now.AddTicks(1)), "A006", LeaveKind.Personal, today.AddDays(2), today.AddDays(3), "家中有事需回老家处理", "A006", now.AddHours(-3)));

        var calculator = new OvertimeCalculator(general);
        var restDay = today.AddDays(-1);
        while (planner.Calendar.IsWorkingDay(restDay) && restDay > today.AddDays(-8))
        {
            restDay = restDay.AddDays(-1);
        }

        var kind = OvertimeCalculator.DayKindOf(planner.Calendar.KindOf(restDay));
        var quote = calculator.Quote(4300m, 2m, kind);
        db.OvertimeRecords.Add(new OvertimeRecord(Guid.CreateVersion7(now.AddTicks(2)), "A001", restDay, 2m, kind, OvertimeCompensation.Pay, quote.Amount,
            4300m / general.WorkdaysPerMonth / general.HoursPerDay, "周末快件高峰值守", "supervisor", now));
        db.OvertimeRecords.Add(new OvertimeRecord(Guid.CreateVersion7(now.AddTicks(3)), "A006", restDay, 3m, kind, OvertimeCompensation.TimeOffInLieu, null, null,
            "周末快件高峰值守", "supervisor", now));
        if (worked.Count > 0)
        {
            var day = worked[0];
            var dayKind = OvertimeCalculator.DayKindOf(planner.Calendar.KindOf(day));
            var evening = calculator.Quote(4800m, 1.5m, dayKind);
            db.OvertimeRecords.Add(new OvertimeRecord(Guid.CreateVersion7(now.AddTicks(4)), "A002", day, 1.5m, dayKind, OvertimeCompensation.Pay, evening.Amount,
                4800m / general.WorkdaysPerMonth / general.HoursPerDay, "晚间积压咨询处理", "supervisor", now));
            db.OvertimeRecords.Add(new OvertimeRecord(Guid.CreateVersion7(now.AddTicks(5)), "A006", day, 2m, dayKind, OvertimeCompensation.TimeOffInLieu, null, null,
                "晚间积压咨询处理", "supervisor", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
