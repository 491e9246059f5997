using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Personnel;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Features.Personnel;

/// <summary>
/// Demo only (<c>ServiceConsole:Demo:Enabled</c>): on a demo centre with no employment records yet, every agent gets one.
/// Most were hired one to five years ago and confirmed; two agents' probation ends this month (<see cref="EndingThisMonth"/>,
/// the HR desk's card); a few are on probation ending later, one of them extended with a reason; the agent in onboarding
/// was hired two days ago. Three rewards and penalties were approved (one warning in this month, which lowers that agent's
/// rule compliance) and a supervisor's demerit proposal waits for HR.
/// </summary>
public sealed class PersonnelDemoSeed(
    IOptions<ServiceConsoleOptions> console,
    WritePath writes,
    ProbationRules probation,
    DisciplineCatalogue catalogue,
    CentreTimeZone centre,
    TimeProvider time,
    ILogger<PersonnelDemoSeed> logger) : IHostedService
{
    /// <summary>The two agents whose probation ends this month.</summary>
    public static readonly IReadOnlyList<string> EndingThisMonth = ["A012", "A027"];

    private const string Hr = "hr";
    private const string Supervisor = "supervisor";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!console.Value.Demo.Enabled)
        {
            return;
        }

        var seeded = await writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            if (await db.EmploymentRecords.AnyAsync(cancellationToken) || await db.DisciplineRecords.AnyAsync(cancellationToken))
            {
                return 0;
            }

            var codes = await db.Agents.OrderBy(a => a.Code).Select(a => a.Code).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var today = DateOnly.FromDateTime(centre.ToLocal(now).DateTime);
            var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
            for (var i = 0; i < codes.Count; i++)
            {
                var code = codes[i];
                EmploymentRecord record;
                if (code == EndingThisMonth[0] || code == EndingThisMonth[1])
                {
                    // Ends on the 8th or the 22nd of this month (days every month has, so the three months round-trip).
                    var end = firstOfMonth.AddDays(code == EndingThisMonth[0] ? 7 : 21);
                    record = EmploymentRecord.Open(code, end.AddMonths(-probation.Months), end, null, Hr, At(end.AddMonths(-probation.Months)), probation);
                }
                else if (code == Training.TrainingDemoSeed.NewAgent)
                {
                    record = EmploymentRecord.Open(code, today.AddDays(-2), null, null, Hr, now.AddDays(-2), probation);
                }
                else if (i % 9 == 4)
                {
                    // On probation, hired one to two months ago.
                    var hire = today.AddMonths(-1).AddDays(-(i % 20));
                    record = EmploymentRecord.Open(code, hire, null, null, Hr, At(hire), probation);
                    if (i % 18 == 13)
                    {
                        record.ChangeProbation(hire, record.ProbationEnd.AddMonths(1), "试用期考核中业务知识测试未达标,延长一个月继续带教", Hr, now.AddDays(-3), probation);
                    }
                }
                else
                {
                    // Hired one to five years ago and confirmed when the probation ended.
                    var hire = today.AddDays(-(400 + (i * 37 % 1400)));
                    record = EmploymentRecord.Open(code, hire, null, null, Hr, At(hire), probation);
                    record.Confirm(record.ProbationEnd, "试用期考核合格", Hr, At(record.ProbationEnd));
                }

                db.EmploymentRecords.Add(record);
            }

            var has = codes.ToHashSet(StringComparer.Ordinal);
            Approved("A001", DisciplineKind.Commendation, 0, "连续两周客户好评率第一,主动帮助新同事熟悉系统", today.AddDays(-10), 9);
            Approved("A007", DisciplineKind.Merit, 3, "发现网点重复派件导致的批量错发并及时上报", today.AddMonths(-1).AddDays(-3), 20);
            Approved("A003", DisciplineKind.Warning, 0, "当班时间多次在岗位上使用私人手机聊天,经主管提醒后仍未改正", today.AddDays(-4), 3);
            if (has.Contains("A011"))
            {
                db.DisciplineRecords.Add(new DisciplineRecord(
                    Guid.CreateVersion7(now), "A011", DisciplineKind.Demerit, catalogue.CausesOf(DisciplineKind.Demerit)[0],
                    "主管布置的投诉回访名单两次逾期未完成,未说明理由", today.AddDays(-1), Supervisor, now.AddHours(-20), catalogue));
            }

            return codes.Count;

            void Approved(string code, DisciplineKind kind, int cause, string note, DateOnly date, int daysAgo)
            {
                if (!has.Contains(code))
                {
                    return;
                }

                var at = now.AddDays(-daysAgo);
                var record = new DisciplineRecord(Guid.CreateVersion7(at), code, kind, catalogue.CausesOf(kind)[cause], note, date, Supervisor, at, catalogue);
                record.Approve(Hr, null, at.AddHours(3));
                db.DisciplineRecords.Add(record);
            }
        }, cancellationToken);
        if (seeded > 0)
        {
            logger.LogInformation("Demo personnel records created for {Agents} agents", seeded);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // 09:00 in the centre on that day.
    private DateTimeOffset At(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(9, 0));
        return new DateTimeOffset(local, centre.Zone.GetUtcOffset(local));
    }
}
