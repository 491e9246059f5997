using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class KpiCalculatorTests
{
    private static readonly DateTimeOffset _t0 = DomainFixtures.Start;
    private readonly KpiCalculator _calculator = new(new PolicyOptions());

    private static ContactOutcome Answered(Channel channel, int seconds, bool? resolved = null, int? satisfaction = null) =>
        new(channel, _t0, _t0.AddSeconds(seconds), resolved, satisfaction);

    [Fact]
    [Trait("Rule", "SVC-07")]
    public void SVC_07_compliance_is_the_share_of_answered_online_and_phone_contacts_within_limit()
    {
        ContactOutcome[] contacts =
        [
            Answered(Channel.Online, 10),   // within
            Answered(Channel.Online, 11),   // late
            Answered(Channel.Phone, 15),    // within
            Answered(Channel.Phone, 16),    // late
            Answered(Channel.Offline, 900), // no limit: not measured
            new(Channel.Online, _t0, null, null, null), // never answered: not measured
        ];

        var kpi = _calculator.Compute(contacts, []);

        Assert.Equal(0.5, kpi.ResponseCompliance);
        Assert.Equal(4, kpi.ContactsMeasured);
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    public void SVC_07_target_is_95_percent()
    {
        var nineteenOfTwenty = Enumerable.Range(0, 19).Select(_ => Answered(Channel.Online, 5))
            .Append(Answered(Channel.Online, 30));
        var eighteenOfTwenty = Enumerable.Range(0, 18).Select(_ => Answered(Channel.Online, 5))
            .Concat([Answered(Channel.Online, 30), Answered(Channel.Online, 30)]);
        var targets = new PolicyOptions().Service;

        Assert.True(_calculator.Compute(nineteenOfTwenty, []).MeetsResponseTarget(targets));
        Assert.False(_calculator.Compute(eighteenOfTwenty, []).MeetsResponseTarget(targets));
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    public void SVC_07_changing_the_chat_limit_changes_compliance()
    {
        var options = new PolicyOptions();
        options.Service.ChatFirstResponseSeconds = 12;

        var kpi = new KpiCalculator(options).Compute([Answered(Channel.Online, 11)], []);

        Assert.Equal(1.0, kpi.ResponseCompliance);
    }

    [Fact]
    [Trait("Rule", "SVC-08")]
    public void SVC_08_first_contact_resolution_counts_resolved_contacts_and_complaints_never_reopened()
    {
        ContactOutcome[] contacts =
        [
            Answered(Channel.Online, 5, resolved: true),
            Answered(Channel.Phone, 5, resolved: false),
            Answered(Channel.Phone, 5, resolved: null), // still open: unknown
        ];
        ComplaintOutcome[] complaints =
        [
            new(Closed: true, Reopened: false, Satisfaction: null),
            new(Closed: true, Reopened: true, Satisfaction: null),
            new(Closed: false, Reopened: false, Satisfaction: null), // still open: not measured
        ];

        var kpi = _calculator.Compute(contacts, complaints);

        Assert.Equal(0.5, kpi.FirstContactResolution);
        Assert.Equal(4, kpi.ResolutionsMeasured);
    }

    [Fact]
    [Trait("Rule", "SVC-08")]
    public void SVC_08_target_is_90_percent()
    {
        var nineOfTen = Enumerable.Range(0, 9).Select(_ => new ComplaintOutcome(true, false, null))
            .Append(new ComplaintOutcome(true, true, null)).ToList();
        var eightOfTen = Enumerable.Range(0, 8).Select(_ => new ComplaintOutcome(true, false, null))
            .Concat([new ComplaintOutcome(true, true, null), new ComplaintOutcome(true, true, null)]).ToList();

        Assert.True(_calculator.Compute([], nineOfTen).MeetsFirstContactResolutionTarget(0.90));
        Assert.False(_calculator.Compute([], eightOfTen).MeetsFirstContactResolutionTarget(0.90));
    }

    [Fact]
    [Trait("Rule", "SVC-09")]
    public void SVC_09_satisfaction_is_the_mean_of_contact_and_callback_ratings()
    {
        ContactOutcome[] contacts = [Answered(Channel.Online, 5, true, 5), Answered(Channel.Phone, 5, true, 4), Answered(Channel.Phone, 5, true)];
        ComplaintOutcome[] complaints = [new(true, false, 3), new(true, false, null)];

        var kpi = _calculator.Compute(contacts, complaints);

        Assert.Equal(4.0, kpi.Satisfaction);
        Assert.Equal(3, kpi.Ratings);
        Assert.False(kpi.MeetsSatisfactionTarget(new PolicyOptions().Service));
    }

    [Fact]
    [Trait("Rule", "SVC-09")]
    public void SVC_09_target_is_four_and_a_half()
    {
        var kpi = _calculator.Compute([Answered(Channel.Online, 5, true, 5), Answered(Channel.Online, 5, true, 4)], []);

        Assert.Equal(4.5, kpi.Satisfaction);
        Assert.True(kpi.MeetsSatisfactionTarget(4.5));
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    [Trait("Rule", "SVC-08")]
    [Trait("Rule", "SVC-09")]
    public void With_no_data_every_kpi_is_null_not_zero()
    {
        var kpi = _calculator.Compute([], []);

        Assert.Equal(new KpiResult(null, null, null, 0, 0, 0), kpi);
        Assert.Null(kpi.MeetsResponseTarget(0.95));
        Assert.Null(kpi.MeetsFirstContactResolutionTarget(0.90));
        Assert.Null(kpi.MeetsSatisfactionTarget(4.5));
    }
}
