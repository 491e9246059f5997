using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Emergency;

public sealed class MassIncidentTests
{
    internal const string Issue = "delay:HZ-XH-01";

    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly PolicyOptions _options = new();

    internal static MassIncident Open(PolicyOptions options, DateTimeOffset openedAt, bool isDrill = false) =>
        MassIncident.Open(Guid.NewGuid(), Issue, "杭州西湖网点派送延误", openedAt, "统一致歉公告", isDrill, options, openedAt.AddSeconds(1));

    internal static Complaint Complaint(DateTimeOffset receivedAt, string issueKey = Issue, bool isDrill = false) =>
        ServiceConsole.Domain.Complaints.Complaint.Register(
            DomainFixtures.Registration(receivedAt: receivedAt, issueKey: issueKey, isDrill: isDrill),
            Severity.General,
            new ComplaintDeadlines(new PolicyOptions()),
            "A001",
            receivedAt);

    private MassIncident Open(bool isDrill = false) => Open(_options, _clock.GetUtcNow(), isDrill);

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_both_clocks_run_from_the_event_time_and_the_apology_is_published_at_opening()
    {
        var tippingComplaintAt = _clock.GetUtcNow().AddMinutes(-3);

        var incident = MassIncident.Open(Guid.NewGuid(), Issue, "派送延误", tippingComplaintAt, "致歉", false, _options, _clock.GetUtcNow());

        Assert.Equal(tippingComplaintAt, incident.OpenedAt);
        Assert.Equal(tippingComplaintAt.AddHours(2), incident.PlanDueAt);
        Assert.Equal(tippingComplaintAt.AddHours(48), incident.ResolveDueAt);
        Assert.Equal(("致歉", _clock.GetUtcNow()), (incident.ApologyNotice, incident.ApologyPublishedAt));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_the_clocks_follow_the_options()
    {
        _options.Emergency.MassComplaintPlanHours = 1;
        _options.Emergency.MassComplaintResolveHours = 24;

        var incident = Open();

        Assert.Equal((_clock.GetUtcNow().AddHours(1), _clock.GetUtcNow().AddHours(24)), (incident.PlanDueAt, incident.ResolveDueAt));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_a_plan_published_at_the_second_hour_is_in_time()
    {
        var incident = Open();

        incident.PublishPlan("每单补偿 10 元优惠券,48 小时内全部派送", "S001", incident.PlanDueAt);

        Assert.Empty(incident.Breaches);
        Assert.Equal(ClockOutcome.Met, incident.PlanClock.OutcomeAt(incident.PlanDueAt.AddDays(1)));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_a_plan_one_second_late_is_a_breach_recorded_once()
    {
        var incident = Open();
        var late = incident.PlanDueAt.AddSeconds(1);

        Assert.Single(incident.RecordDueBreaches(late));
        Assert.Empty(incident.RecordDueBreaches(late.AddMinutes(5)));
        incident.PublishPlan("方案", "S001", late.AddMinutes(10));

        var breach = Assert.Single(incident.Breaches);
        Assert.Equal(("EMG-04", EmergencyClocks.Plan, incident.PlanDueAt), (breach.RuleId, breach.Clock, breach.DueAt));
        Assert.Equal(ClockOutcome.Missed, incident.PlanClock.OutcomeAt(late));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_a_revised_plan_keeps_the_first_publication_for_the_clock()
    {
        var incident = Open();
        var first = _clock.GetUtcNow().AddHours(1);
        incident.PublishPlan("方案一", "S001", first);

        incident.PublishPlan("方案二", "S002", incident.PlanDueAt.AddHours(1));

        Assert.Equal(("方案二", (DateTimeOffset?)first, "S001"), (incident.PlanText, incident.PlanPublishedAt, incident.PlanPublishedBy));
        Assert.Equal(incident.PlanDueAt.AddHours(1), incident.PlanRevisedAt);
        Assert.Empty(incident.Breaches);
    }

    [Theory]
    [Trait("Rule", "EMG-03")]
    [InlineData("", "P001", "王经理", "agentCode")]
    [InlineData("A001", " ", "王经理", "specialistCode")]
    [InlineData("A001", "P001", "", "outletHeadName")]
    [InlineData("A001", "a001", "王经理", "specialistCode")]
    public void EMG_03_an_emergency_team_needs_three_different_people(string agent, string specialist, string head, string param) =>
        Assert.Equal(param, Assert.Throws<ArgumentException>(() => new EmergencyTeam(agent, specialist, head)).ParamName);

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_the_team_is_named_on_the_incident_and_takes_the_open_notifications()
    {
        var incident = Open();
        incident.Link(Complaint(_clock.GetUtcNow()), _clock.GetUtcNow());

        incident.FormTeam(new EmergencyTeam(" A005 ", "P001", "王经理"), "L001", _clock.GetUtcNow());

        Assert.Equal(new EmergencyTeam("A005", "P001", "王经理"), incident.Team);
        Assert.Equal(("L001", (DateTimeOffset?)_clock.GetUtcNow()), (incident.TeamFormedBy, incident.TeamFormedAt));
        Assert.Equal("A005", Assert.Single(incident.Notifications).AssignedTo);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_every_linked_complaint_gets_one_notification_task_however_often_it_is_linked()
    {
        var incident = Open();
        var complaint = Complaint(_clock.GetUtcNow());

        Assert.NotNull(incident.Link(complaint, _clock.GetUtcNow()));
        Assert.Null(incident.Link(complaint, _clock.GetUtcNow().AddMinutes(1)));

        Assert.Equal(incident.Id, complaint.IncidentId);
        Assert.Equal(complaint.Id, Assert.Single(incident.Links).ComplaintId);
        var task = Assert.Single(incident.Notifications);
        Assert.Equal((complaint.Id, false), (task.ComplaintId, task.IsDone));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_a_complainant_is_told_once_and_how_is_recorded()
    {
        var incident = Open();
        var complaint = Complaint(_clock.GetUtcNow());
        incident.Link(complaint, _clock.GetUtcNow());

        incident.CompleteNotification(complaint.Id, NotificationChannel.Sms, "A005", _clock.GetUtcNow());

        var task = Assert.Single(incident.Notifications);
        Assert.Equal((NotificationChannel.Sms, "A005"), (task.Channel!.Value, task.DoneBy));
        Assert.Throws<InvalidTransitionException>(() => incident.CompleteNotification(complaint.Id, NotificationChannel.Phone, "A005", _clock.GetUtcNow()));
        Assert.Throws<ArgumentException>(() => incident.CompleteNotification(Guid.NewGuid(), NotificationChannel.Phone, "A005", _clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void EMG_03_only_complaints_of_the_same_issue_and_kind_can_be_linked()
    {
        var incident = Open();

        Assert.Throws<ArgumentException>(() => incident.Link(Complaint(_clock.GetUtcNow(), issueKey: "loss:HZ-XH-01"), _clock.GetUtcNow()));
        Assert.Throws<ArgumentException>(() => incident.Link(Complaint(_clock.GetUtcNow(), isDrill: true), _clock.GetUtcNow()));

        var taken = Complaint(_clock.GetUtcNow());
        Open().Link(taken, _clock.GetUtcNow());
        Assert.Throws<InvalidTransitionException>(() => incident.Link(taken, _clock.GetUtcNow()));

        incident.Close("L001", _clock.GetUtcNow());
        Assert.Throws<InvalidTransitionException>(() => incident.Link(Complaint(_clock.GetUtcNow()), _clock.GetUtcNow()));
        Assert.Empty(incident.Links);
    }
}
