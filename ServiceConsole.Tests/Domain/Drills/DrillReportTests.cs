using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Drills;

public sealed class DrillReportTests
{
    private static readonly DateTimeOffset S = DomainFixtures.Start;
    private static readonly DateTimeOffset End = S.AddHours(1);

    private static DrillFacts Facts(
        IReadOnlyList<DrillAction>? actions = null,
        IReadOnlyList<DrillTask>? tasks = null,
        IReadOnlyList<EmergencyClock>? clocks = null,
        IReadOnlyList<EmergencyLogEntry>? log = null,
        IReadOnlyList<string>? expected = null) =>
        new(EmergencyMode.Outage, S, End, log ?? [], actions ?? [], tasks ?? [], clocks ?? [], expected ?? []);

    private static IReadOnlyList<EmergencyLogEntry> DrillLog()
    {
        var state = EmergencyModeState.Inactive(EmergencyMode.Weather);
        return
        [
            state.Activate("月度演练", null, drill: true, null, "T001", S),
            state.Activate("演练:进入响应", EmergencyPhase.Response, drill: true, null, "L001", S.AddMinutes(2)),
            state.Deactivate("演练结束", "T001", End),
        ];
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_the_report_says_who_responded_and_how_fast_and_who_did_not()
    {
        var report = DrillReport.Build(Facts(
            actions: [new DrillAction("A003", S.AddMinutes(1), "登记等待客户"), new DrillAction("S001", S.AddMinutes(4), "通知技术组")],
            tasks: [new DrillTask("callback:recovery", "A003", S.AddMinutes(40), S.AddMinutes(50), S.AddMinutes(45), null)],
            log: DrillLog(),
            expected: ["A003", "S001", "L001", "A009"]));

        Assert.Equal(["A003", "L001", "S001", "A009"], report.Responders.Select(r => r.Code));
        var a003 = report.Responders[0];
        Assert.Equal((TimeSpan.FromMinutes(1), 2, true), (a003.FirstResponseAfter!.Value, a003.Actions, a003.Expected));
        Assert.Equal(TimeSpan.FromMinutes(2), report.Responders[1].FirstResponseAfter);
        Assert.Equal(["A009"], report.NonResponders);
        Assert.DoesNotContain(report.Responders, r => r.Code == "T001");
        Assert.Equal(TimeSpan.FromHours(1), report.Duration);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_only_actions_between_start_and_end_count_both_ends_included()
    {
        var report = DrillReport.Build(Facts(
            actions:
            [
                new DrillAction("A001", S, "at start"),
                new DrillAction("A002", End, "at end"),
                new DrillAction("A003", S.AddSeconds(-1), "before"),
                new DrillAction("A004", End.AddSeconds(1), "after"),
            ],
            expected: ["A001", "A002", "A003", "A004"]));

        Assert.Equal(["A003", "A004"], report.NonResponders);
        Assert.Equal(TimeSpan.Zero, report.Responders.Single(r => r.Code == "A001").FirstResponseAfter);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_someone_who_joined_in_unasked_is_listed_as_not_expected()
    {
        var report = DrillReport.Build(Facts(actions: [new DrillAction("A010", S.AddMinutes(3), "接听")], expected: ["A001"]));

        var joined = Assert.Single(report.Responders, r => r.Code == "A010");
        Assert.False(joined.Expected);
        Assert.Equal(["A001"], report.NonResponders);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_the_report_lists_the_clocks_that_would_have_been_missed()
    {
        var outage = OutageIncident.Start(Guid.NewGuid(), "A001", "演练:系统故障", true, new PolicyOptions(), S);
        outage.Acknowledge("S001", S.AddMinutes(5).AddSeconds(1));
        var onTime = new EmergencyClock("plan", "EMG-04", S.AddMinutes(30), S.AddMinutes(30), false);
        var notYetDue = new EmergencyClock("resolve-all", "EMG-04", End.AddHours(47), null, false);
        var runOut = new EmergencyClock("resolve-all", "EMG-04", End, null, false);
        var runOutLater = new EmergencyClock("plan", "EMG-04", End.AddSeconds(-1), null, false);

        var report = DrillReport.Build(Facts(clocks: [.. outage.Clocks, onTime, notYetDue, runOut, runOutLater]));

        Assert.Equal(
            [ClockOutcome.Missed, ClockOutcome.Met, ClockOutcome.Pending, ClockOutcome.Pending, ClockOutcome.Missed],
            report.Clocks.Select(c => c.Outcome));
        Assert.Equal([EmergencyClocks.Report, "plan"], report.MissedClocks.Select(c => c.Name));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_late_tasks_are_those_done_after_due_or_still_open_past_due_at_the_end()
    {
        DrillTask[] tasks =
        [
            new("callback:recovery", "A001", S, S.AddMinutes(30), S.AddMinutes(30), null),
            new("callback:recovery", "A002", S, S.AddMinutes(30), S.AddMinutes(30).AddSeconds(1), null),
            new("callback:recovery", "A003", S, End.AddSeconds(-1), null, null),
            new("callback:recovery", "A004", S, End, null, null),
            new("notification", null, S, null, null, null),
        ];

        var report = DrillReport.Build(Facts(tasks: tasks));

        Assert.Equal(["A002", "A003"], report.LateTasks.Select(t => t.AssignedTo));
        Assert.Equal((5, 2), (report.TasksTotal, report.TasksDone));
    }

    [Fact]
    public void Drill_tasks_come_from_the_emergency_records()
    {
        var drillCustomer = DrillCustomerGenerator.Generate(5, 1)[0];
        var request = WeatherRequest.Record(
            Guid.NewGuid(), drillCustomer.Name, drillCustomer.Phone, drillCustomer.WaybillNo, WeatherRequestKind.Return, null, null, "A001", S, true);
        request.Complete("A002", S.AddMinutes(9));

        var task = DrillTask.From(request);

        Assert.Equal(("weather-request:return", "A001", "A002", (DateTimeOffset?)null), (task.What, task.AssignedTo, task.Responder, task.DueAt));
    }

    [Fact]
    public void A_drill_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => DrillReport.Build(Facts() with { EndedAt = S.AddSeconds(-1) }));
}
