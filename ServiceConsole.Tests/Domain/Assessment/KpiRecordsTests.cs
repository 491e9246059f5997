using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Assessment;

/// <summary>SVC-07…09: the records a month's KPIs are computed from, the same selection the database runs.</summary>
public sealed class KpiRecordsTests
{
    private static readonly PolicyOptions Options = new();
    private static readonly FirstResponsePolicy FirstResponse = new(Options);
    private static readonly DateTimeOffset From = new(2026, 10, 31, 16, 0, 0, TimeSpan.Zero); // 1 November in Shanghai
    private static readonly DateTimeOffset To = new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);

    private static Contact Served(string agent, DateTimeOffset arrived, int answerAfterSeconds, bool drill = false)
    {
        var contact = Contact.Receive(new ContactIntake(Guid.NewGuid(), $"c-{Guid.NewGuid():N}", Channel.Online, "赵先生", "13800138000", null, null, arrived, agent, drill), FirstResponse);
        contact.Answer(agent, arrived.AddSeconds(answerAfterSeconds), FirstResponse);
        contact.Close(arrived.AddSeconds(answerAfterSeconds + 60), resolved: !drill, satisfaction: drill ? 1 : 5);
        return contact;
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    [Trait("Rule", "EMG-05")]
    public void SVC_07_a_drill_contact_is_left_out_of_the_kpis()
    {
        var contacts = new[]
        {
            Served("A001", From.AddDays(3), 4),
            Served("A001", From.AddDays(4), 300, drill: true), // late, unresolved, rated 1: it would count against the agent
        };

        var counted = contacts.Where(KpiRecords.ContactsOf(["A001"], From, To).Compile()).ToList();
        var kpi = new KpiCalculator(Options).Compute(counted.Select(c => c.ToOutcome()), []);

        Assert.Single(counted);
        Assert.Equal((1.0, 1.0, 5.0, 1), (kpi.ResponseCompliance!.Value, kpi.FirstContactResolution!.Value, kpi.Satisfaction!.Value, kpi.ContactsMeasured));
        var withDrill = new KpiCalculator(Options).Compute(contacts.Select(c => c.ToOutcome()), []);
        Assert.Equal(0.5, withDrill.ResponseCompliance); // the test could fail: counted, the drill would drag the month down
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    public void SVC_07_only_the_agents_contacts_that_arrived_in_the_month_count()
    {
        var contacts = new[]
        {
            Served("A001", From, 4),
            Served("A001", From.AddSeconds(-1), 4),
            Served("A001", To, 4),
            Served("A002", From.AddDays(1), 4),
        };

        var counted = contacts.Where(KpiRecords.ContactsOf(["A001"], From, To).Compile()).ToList();

        Assert.Equal(From, Assert.Single(counted).ArrivedAt);
    }
}
