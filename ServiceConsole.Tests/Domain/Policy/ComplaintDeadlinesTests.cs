using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class ComplaintDeadlinesTests
{
    private readonly ComplaintDeadlines _deadlines = new(new PolicyOptions());
    private readonly DateTimeOffset _received = DomainFixtures.Start;

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void General_complaint_must_be_verified_within_one_hour() =>
        Assert.Equal(_received.AddHours(1), _deadlines.VerifyBy(Severity.General, _received));

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Major_complaint_must_be_verified_within_six_hours() =>
        Assert.Equal(_received.AddHours(6), _deadlines.VerifyBy(Severity.Major, _received));

    [Fact]
    [Trait("Rule", "CMP-02")]
    public void General_complaint_must_be_resolved_within_24_hours_of_receipt() =>
        Assert.Equal(_received.AddHours(24), _deadlines.ResolveBy(Severity.General, _received));

    [Fact]
    [Trait("Rule", "CMP-03")]
    public void Major_complaint_must_be_resolved_within_48_hours_of_receipt() =>
        Assert.Equal(_received.AddHours(48), _deadlines.ResolveBy(Severity.Major, _received));

    [Fact]
    [Trait("Rule", "CMP-09")]
    public void CMP_09_follow_up_callback_is_due_24_hours_after_resolution()
    {
        var resolved = _received.AddHours(5);
        Assert.Equal(resolved.AddHours(24), _deadlines.FollowUpCallbackDue(resolved));
    }

    [Fact]
    [Trait("Rule", "CMP-10")]
    public void CMP_10_recallback_is_due_12_hours_after_reopening()
    {
        var reopened = _received.AddDays(1);
        Assert.Equal(reopened.AddHours(12), _deadlines.RecallbackDue(reopened));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Changing_the_verify_hours_changes_the_deadline()
    {
        var options = new PolicyOptions();
        options.Complaints.MajorVerifyHours = 4;
        options.Complaints.FollowUpCallbackHours = 12;
        var deadlines = new ComplaintDeadlines(options);

        Assert.Equal(_received.AddHours(4), deadlines.VerifyBy(Severity.Major, _received));
        Assert.Equal(_received.AddHours(12), deadlines.FollowUpCallbackDue(_received));
    }
}
