using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Retention;

namespace ServiceConsole.Tests.Integration.Retention;

/// <summary>
/// The real console on a fake clock (Monday 15 June 2026, 10:00 in Shanghai: two years back is 730 days, one year 365),
/// with the nightly trigger out of the way, and helpers that put old records straight into the database.
/// </summary>
public class RetentionTestFactory : ConsoleAppFactory
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 2, 0, 0, TimeSpan.Zero);

    public RetentionTestFactory()
    {
        Time = Clock;
        Settings["ServiceConsole:Retention:Cron"] = "0 0 3 1 1 ? 2099";
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public RetentionPurge Purge => Services.GetRequiredService<RetentionPurge>();

    public ConsoleDbContext Db() => Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();

    public static DateTimeOffset DaysAgo(int days) => Now.AddDays(-days);

    public async Task<Guid> AddCustomerAsync(string name, string phone, int lastSeenDaysAgo)
    {
        await using var db = Db();
        var customer = new Customer
        {
            Id = Guid.NewGuid(), Name = name, Phone = phone,
            FirstSeenAt = DaysAgo(lastSeenDaysAgo + 30), LastSeenAt = DaysAgo(lastSeenDaysAgo),
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }

    /// <summary>A contact that arrived, was answered and closed <paramref name="closedDaysAgo"/> days ago.</summary>
    public async Task<Guid> AddClosedContactAsync(string name, string phone, int closedDaysAgo)
    {
        var policy = Services.GetRequiredService<FirstResponsePolicy>();
        var closedAt = DaysAgo(closedDaysAgo);
        var arrived = closedAt.AddMinutes(-10);
        var contact = Contact.Receive(
            new ContactIntake(Guid.NewGuid(), $"ret-{Guid.NewGuid():N}", Channel.Phone, name, phone, "SF1234567890", "查件", arrived, null),
            policy);
        contact.AssignTo("A001", arrived);
        contact.Answer("A001", arrived.AddSeconds(5), policy);
        contact.Close(closedAt, resolved: true, satisfaction: 5);
        await using var db = Db();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    /// <summary>A complaint registered a week before it was closed <paramref name="closedDaysAgo"/> days ago.</summary>
    public async Task<Guid> AddClosedComplaintAsync(string name, string phone, int closedDaysAgo)
    {
        var closedAt = DaysAgo(closedDaysAgo);
        var complaint = Complaint.Register(
            new ComplaintRegistration(
                Guid.NewGuid(), $"ret-{Guid.NewGuid():N}", Channel.Phone, name, phone, "SF1234567890", "HZ-XH-01",
                ComplaintCategory.Delay, 1, false, null, false, null, 12m, "尽快送达", null, closedAt.AddDays(-7)),
            Severity.General,
            Services.GetRequiredService<ComplaintDeadlines>(),
            "agent",
            closedAt.AddDays(-7));
        await using var db = Db();
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        await db.Complaints.Where(c => c.Id == complaint.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComplaintStatus.Closed).SetProperty(c => c.ClosedAt, closedAt));
        return complaint.Id;
    }

    /// <summary>A callback done <paramref name="doneDaysAgo"/> days ago, optionally about a contact or complaint.</summary>
    public async Task<Guid> AddDoneCallbackAsync(int doneDaysAgo, Guid? contactId = null, Guid? complaintId = null)
    {
        var doneAt = DaysAgo(doneDaysAgo);
        var task = CallbackTask.Create(
            Guid.NewGuid(), complaintId is null ? CallbackKind.Promise : CallbackKind.Complaint, complaintId, contactId, "A001",
            doneAt.AddHours(-1), doneAt.AddMinutes(30));
        task.Complete(doneAt, "已回复");
        await using var db = Db();
        db.Callbacks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }
}
