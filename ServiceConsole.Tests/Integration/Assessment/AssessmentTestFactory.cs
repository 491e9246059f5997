using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Assessment;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Integration.Assessment;

/// <summary>
/// The real console on a fake clock for the monthly assessment: by default Sunday 10 January 2027, 10:00 in Shanghai,
/// so every month of 2026 is past its assessment time (final) and January 2027 is the month so far.
/// </summary>
public class AssessmentTestFactory : ConsoleAppFactory
{
    public static readonly DateTimeOffset DefaultStart = new(2027, 1, 10, 2, 0, 0, TimeSpan.Zero);

    public static readonly Actor Hr = new("hr", null, false);

    public static readonly Actor Supervisor = new("supervisor", null, false);

    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public AssessmentTestFactory()
        : this(DefaultStart)
    {
    }

    protected AssessmentTestFactory(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        Time = Clock;
    }

    public FakeTimeProvider Clock { get; }

    public MonthlyAssessments Assessments => Services.GetRequiredService<MonthlyAssessments>();

    public ITrainingAssignments Trainings => Services.GetRequiredService<ITrainingAssignments>();

    public ConsoleDbContext Db() => Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();

    /// <summary>
    /// A served contact of <paramref name="agent"/> that arrived at <paramref name="arrived"/> (local Shanghai time):
    /// answered after <paramref name="answerAfterSeconds"/>, closed resolved or not, rated or not.
    /// </summary>
    public async Task ContactAsync(
        string agent, DateTime arrived, int answerAfterSeconds = 5, bool resolved = true, int? rating = 5, bool drill = false)
    {
        var policy = Services.GetRequiredService<FirstResponsePolicy>();
        var at = new DateTimeOffset(arrived, Shanghai);
        var contact = Contact.Receive(
            new ContactIntake(Guid.NewGuid(), $"seed-{Guid.NewGuid():N}", Channel.Online, "赵先生", "13800138000", null, "查件", at, agent, drill), policy);
        contact.Answer(agent, at.AddSeconds(answerAfterSeconds), policy);
        contact.Close(at.AddSeconds(answerAfterSeconds + 120), resolved, rating);
        await using var db = Db();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
    }

    /// <summary>Every KPI met: answered in 5 s, resolved, rated 5 (quantitative 100).</summary>
    public Task GoodMonthAsync(string agent, int year, int month) => ContactAsync(agent, new DateTime(year, month, 12, 10, 0, 0));

    /// <summary>
    /// Answered in time but unresolved and rated 3: compliance 100 %, first-contact resolution 0 %, satisfaction 3 of 4.5,
    /// so the quantitative part is 55.6; attitude 20 fails the month (57.3), attitude 100 passes it (73.3).
    /// </summary>
    public Task MixedMonthAsync(string agent, int year, int month) => ContactAsync(agent, new DateTime(year, month, 12, 10, 0, 0), resolved: false, rating: 3);

    public async Task<MonthlyAssessmentResource?> RowAsync(string month, string agent) =>
        (await Assessments.GetAsync(month, agent, Hr)).Value;
}
