using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>Reads the complaints people carry, ranked like the board (<see cref="ComplaintUrgency"/>).</summary>
public sealed class ComplaintWorkload(IDbContextFactory<ConsoleDbContext> dbFactory, IStaffDirectory staff, TimeProvider time) : IComplaintWorkload
{
    public Task<IReadOnlyList<ComplaintResource>> OwnAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return OfAsync(actor.AgentCode ?? actor.Name, cancellationToken);
    }

    public async Task<IReadOnlyList<ComplaintResource>> OfAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.Assignee == owner && c.Status != ComplaintStatus.Closed)
            .ToListAsync(cancellationToken);
        return ComplaintUrgency.Order(open, Clocks, time.GetUtcNow()).Select(c => c.ToResource(staff)).ToList();
    }

    public async Task<IReadOnlyList<OwnerLoad>> LoadsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed && c.Assignee != null && !c.IsDrill)
            .Select(c => new OpenComplaintClocks(c.Id, c.Severity, c.Status, c.ReceivedAt, c.VerifyBy, c.ResolveBy, c.CallbackDue))
            .ToListAsync(cancellationToken);
        var owners = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed && c.Assignee != null && !c.IsDrill)
            .Select(c => new { c.Id, c.Assignee })
            .ToDictionaryAsync(c => c.Id, c => c.Assignee!, cancellationToken);
        var byOwner = open.ToLookup(c => owners[c.Id]);

        var agents = await db.Agents.AsNoTracking().Where(a => a.Hold == DutyHold.None).Select(a => new { a.Code, a.Status }).ToListAsync(cancellationToken);
        var specialists = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.ComplaintSpecialist
            select user.UserName!).ToListAsync(cancellationToken);

        OwnerLoad Load(string key, bool specialist, bool onDuty)
        {
            var carried = byOwner[key].ToList();
            return new OwnerLoad(
                key, staff.NameOf(key), specialist, onDuty, carried.Count, carried.Count(c => c.Severity == Severity.Major),
                carried.Count(c => ComplaintUrgency.NextDeadline(c) is { } due && due < now));
        }

        return
        [
            .. specialists.Select(s => Load(s, specialist: true, onDuty: true))
                .Concat(agents.Select(a => Load(a.Code, specialist: false, Agent.IsOnDutyStatus(a.Status))))
                .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.Open).ThenBy(l => l.Key, StringComparer.Ordinal),
        ];
    }

    private static OpenComplaintClocks Clocks(Complaint c) =>
        new(c.Id, c.Severity, c.Status, c.ReceivedAt, c.VerifyBy, c.ResolveBy, c.CallbackDue);
}
