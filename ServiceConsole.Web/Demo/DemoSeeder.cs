using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Demo;

/// <summary>Creates the demo centre once: teams, at least 40 agents and the documented logins.</summary>
public sealed class DemoSeeder(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    UserManager<ConsoleUser> userManager,
    IOptions<ServiceConsoleOptions> options,
    TimeProvider time,
    ServiceConsole.Domain.Policy.PenaltyPolicy penalties,
    IOptions<ServiceConsole.Domain.Policy.PolicyOptions> policy,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Teams.AnyAsync(cancellationToken))
            {
                SeedTeamsAndAgents(db);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Demo centre created with {Agents} agents", DemoOrganisation.AgentCount);
            }
        }

        string firstAgentName;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            firstAgentName = await db.Agents.Where(a => a.Code == "A001").Select(a => a.Name).FirstAsync(cancellationToken);
        }

        foreach (var login in DemoOrganisation.Logins)
        {
            if (await userManager.FindByNameAsync(login.UserName) is { } existing)
            {
                // A demo database from before passwords expired (INF-06): its logins start their 15 days now rather
                // than being sent to the change page on the next sign-in.
                if (existing.PasswordChangedAt is null)
                {
                    existing.PasswordChangedAt = time.GetUtcNow();
                    await userManager.UpdateAsync(existing);
                }

                continue;
            }

            var user = new ConsoleUser
            {
                UserName = login.UserName,
                DisplayName = login.AgentCode is null ? login.DisplayName : firstAgentName,
                AgentCode = login.AgentCode,
                // INF-06: the password's 15 days start now, so a fresh demo is not asked for a new password at once.
                PasswordChangedAt = time.GetUtcNow(),
            };
            var created = await userManager.CreateAsync(user, options.Value.Demo.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo login '{login.UserName}' could not be created: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await userManager.AddToRoleAsync(user, login.Role);
        }

        await SeedPointsAsync(cancellationToken);
        await SeedAttendanceAsync(cancellationToken);
        await SeedPromotionsAsync(cancellationToken);
    }

    /// <summary>GEN-01…05: the attendance demo (Features/Attendance/AttendanceDemoData).</summary>
    private async Task SeedAttendanceAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ServiceConsole.Web.Features.Attendance.AttendanceDemoData.SeedAsync(
            db, time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone), policy.Value.General, cancellationToken);
    }

    /// <summary>PRM-03: one application waiting for its first review and one in publicity, so the promotion screens are not empty.</summary>
    private async Task SeedPromotionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PromotionApplications.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var rules = policy.Value.Promotion;
        var waiting = ServiceConsole.Domain.Promotions.PromotionApplication.Apply(
            Guid.CreateVersion7(now.AddDays(-2)), "A005", ServiceConsole.Domain.Promotions.PromotionLevel.Specialist, ServiceConsole.Domain.Promotions.PromotionLevel.Supervisor,
            "入职三年，近三个月考核均为合格以上，带教过两名新员工，希望承担班组管理工作。", "hr", [], now.AddDays(-2), rules);
        var publicity = ServiceConsole.Domain.Promotions.PromotionApplication.Apply(
            Guid.CreateVersion7(now.AddDays(-10)), "A020", ServiceConsole.Domain.Promotions.PromotionLevel.Specialist, ServiceConsole.Domain.Promotions.PromotionLevel.Supervisor,
            "连续两个季度满意度第一，熟悉电话渠道全部业务，愿意负责新人带教与质检。", "hr", [], now.AddDays(-10), rules);
        publicity.Review(true, "业绩突出，同意推荐。", "主动分享经验，班组协作积极。", "supervisor", now.AddDays(-8));
        publicity.Decide(true, "季度考核优秀，培训全部通过，委员会一致同意进入公示。", "hr", now.AddDays(-2), rules);
        db.PromotionApplications.AddRange(waiting, publicity);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>SVC-10: two norm violations a supervisor saw this morning, so the points ledger is not empty on a fresh demo.</summary>
    private async Task SeedPointsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.NormViolations.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        db.NormViolations.AddRange(
            ServiceConsole.Domain.Points.NormViolation.Direct(Guid.CreateVersion7(now), "A003", "通话结束未使用标准结束语", penalties, "supervisor", now.AddHours(-2)),
            ServiceConsole.Domain.Points.NormViolation.Direct(Guid.CreateVersion7(now.AddTicks(1)), "A011", "在线回复超过 10 秒未响应且未致歉", penalties, "supervisor", now.AddHours(-1)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedTeamsAndAgents(ConsoleDbContext db)
    {
        // A fixed seed gives every new demo database the same people.
        var names = new DemoNames(new Random(20261122));
        var now = time.GetUtcNow();
        var number = 1;
        foreach (var team in DemoOrganisation.Teams)
        {
            db.Teams.Add(new Team { Code = team.Code, Name = team.Name, Channel = team.Channel, SupervisorUserName = team.Supervisor });
            for (var i = 0; i < team.Agents; i++, number++)
            {
                // A few agents are away or in training, as on any real shift.
                var status = (number % 13, number % 17) switch
                {
                    (0, _) => AgentStatus.Away,
                    (_, 0) => AgentStatus.InTraining,
                    _ => AgentStatus.Available,
                };
                var agent = new Agent($"A{number:D3}", names.PersonName(), team.Code, team.Channel, now);
                if (status != AgentStatus.Available)
                {
                    agent.SetBySupervisor(status, serving: false, now);
                }

                agent.IdleFrom(now.AddSeconds(-number));
                db.Agents.Add(agent);
            }
        }
    }
}
