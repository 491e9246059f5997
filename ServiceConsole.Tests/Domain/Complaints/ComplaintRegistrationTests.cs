using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Complaints;

public sealed class ComplaintRegistrationTests
{
    private readonly ComplaintDeadlines _deadlines = new(new PolicyOptions());

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void CMP_01_a_complaint_is_registered_with_customer_waybill_problem_and_demand()
    {
        var clock = DomainFixtures.Clock();
        var received = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromMinutes(3));
        var reg = DomainFixtures.Registration(receivedAt: received);

        var complaint = Complaint.Register(reg, Severity.General, _deadlines, "A001", clock.GetUtcNow());

        Assert.Equal(reg.Id, complaint.Id);
        Assert.Equal(("李先生", "13900139000", "YD4312345678901"), (complaint.CustomerName, complaint.CustomerPhone, complaint.WaybillNo));
        Assert.Equal((ComplaintCategory.Delay, 2, "赔偿"), (complaint.Category, complaint.DelayDays, complaint.Demand));
        Assert.Equal(ComplaintStatus.Registered, complaint.Status);
        Assert.Equal(received, complaint.ReceivedAt);
        Assert.Equal(clock.GetUtcNow(), complaint.RegisteredAt);
        Assert.True(complaint.IsOpen);

        var first = Assert.Single(complaint.History);
        Assert.Equal(("registered", (ComplaintStatus?)null, ComplaintStatus.Registered, "A001"), (first.Action, first.FromStatus, first.ToStatus, first.Actor));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void CMP_04_clocks_run_from_receipt_not_from_registration()
    {
        var received = DomainFixtures.Start;
        var complaint = Complaint.Register(
            DomainFixtures.Registration(receivedAt: received), Severity.Major, _deadlines, "A001", received.AddMinutes(20));

        Assert.Equal(received.AddHours(6), complaint.VerifyBy);
        Assert.Equal(received.AddHours(48), complaint.ResolveBy);
    }

    [Fact]
    [Trait("Rule", "CMP-02")]
    [Trait("Rule", "CMP-04")]
    public void A_general_complaint_is_due_verified_in_one_hour_and_resolved_in_a_day()
    {
        var complaint = DomainFixtures.Register(DomainFixtures.Clock());

        Assert.Equal(DomainFixtures.Start.AddHours(1), complaint.VerifyBy);
        Assert.Equal(DomainFixtures.Start.AddHours(24), complaint.ResolveBy);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void The_issue_key_defaults_to_category_and_outlet()
    {
        var reg = DomainFixtures.Registration(category: ComplaintCategory.UnclearAnswer, outletCode: "HZ-XH-01");

        var complaint = Complaint.Register(reg, Severity.General, _deadlines, "A001", DomainFixtures.Start);

        Assert.Equal("unclear-answer:HZ-XH-01", complaint.IssueKey);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void A_given_issue_key_is_kept()
    {
        var complaint = Complaint.Register(
            DomainFixtures.Registration(issueKey: "typhoon-hub-hz"), Severity.General, _deadlines, "A001", DomainFixtures.Start);

        Assert.Equal("typhoon-hub-hz", complaint.IssueKey);
    }

    [Theory]
    [Trait("Rule", "CMP-01")]
    [InlineData("externalId")]
    [InlineData("waybillNo")]
    [InlineData("outletCode")]
    public void CMP_01_a_complaint_without_its_required_fields_is_rejected(string field)
    {
        var reg = DomainFixtures.Registration();
        reg = field switch
        {
            "externalId" => reg with { ExternalId = "" },
            "waybillNo" => reg with { WaybillNo = " " },
            _ => reg with { OutletCode = "" },
        };

        var ex = Assert.Throws<ArgumentException>(() => Complaint.Register(reg, Severity.General, _deadlines, "A001", DomainFixtures.Start));

        Assert.Equal(field, ex.ParamName);
    }

    [Theory]
    [InlineData("delayDays")]
    [InlineData("itemValue")]
    [InlineData("shippingFee")]
    public void Negative_amounts_are_rejected_naming_the_field(string field)
    {
        var reg = DomainFixtures.Registration();
        reg = field switch
        {
            "delayDays" => reg with { DelayDays = -1 },
            "itemValue" => reg with { ItemValue = -0.01m },
            _ => reg with { ShippingFee = -3m },
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Complaint.Register(reg, Severity.General, _deadlines, "A001", DomainFixtures.Start));

        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    [Trait("Rule", "CMP-03")]
    public void The_registration_gives_the_classifier_its_facts()
    {
        var reg = DomainFixtures.Registration(delayDays: 3);

        var severity = new ComplaintClassifier(new PolicyOptions()).Classify(reg.ToFacts(repeatedOnSameWaybill: false));

        Assert.Equal(Severity.Major, severity);
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void A_complaint_reported_after_its_verify_deadline_is_breached_on_registration()
    {
        var received = DomainFixtures.Start;
        var complaint = Complaint.Register(
            DomainFixtures.Registration(receivedAt: received), Severity.General, _deadlines, "A001", received.AddHours(2));

        var breach = Assert.Single(complaint.Breaches);
        Assert.Equal(("CMP-04", "verify", received.AddHours(1), received.AddHours(2)), (breach.RuleId, breach.Clock, breach.DueAt, breach.RecordedAt));
    }
}
