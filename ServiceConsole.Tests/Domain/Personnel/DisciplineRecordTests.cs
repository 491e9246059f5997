using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Personnel;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Personnel;

[Trait("Rule", "GEN-07")]
public sealed class DisciplineRecordTests
{
    private static readonly DisciplineCatalogue Catalogue = new(new PolicyOptions());

    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();

    private DisciplineRecord Propose(DisciplineKind kind = DisciplineKind.Demerit, string? cause = null, string by = "supervisor") =>
        new(Guid.NewGuid(), "A003", kind, cause ?? Catalogue.CausesOf(kind)[0], "两次逾期", new DateOnly(2026, 11, 20), by, _clock.GetUtcNow(), Catalogue);

    [Fact]
    public void GEN_07_every_kind_has_the_policys_listed_causes()
    {
        // 制度 1 七、八: 4 + 5 + 4 causes for the rewards, 9 + 10 + 8 + 10 for the penalties.
        Assert.Equal([4, 5, 4, 9, 10, 8, 10], DisciplineKinds.All.Select(k => Catalogue.CausesOf(k).Count));
        Assert.Contains("在禁烟区吸烟", Catalogue.CausesOf(DisciplineKind.Demerit));
        Assert.Contains("在公司内赌博", Catalogue.CausesOf(DisciplineKind.Dismissal));
    }

    [Fact]
    public void GEN_07_a_cause_not_listed_for_the_kind_is_refused()
    {
        // Smoking in a no-smoking area is listed for a demerit, not for a warning.
        Assert.Throws<ArgumentException>(() => Propose(DisciplineKind.Warning, "在禁烟区吸烟"));
        Assert.Throws<ArgumentException>(() => Propose(DisciplineKind.Warning, "迟到"));
        Assert.Equal(DisciplineStatus.Proposed, Propose(DisciplineKind.Demerit, "在禁烟区吸烟").Status);
    }

    [Fact]
    public void GEN_07_a_record_approved_by_its_proposer_is_refused()
    {
        var record = Propose(by: "hr");

        var refused = Assert.Throws<InvalidTransitionException>(() => record.Approve("hr", null, _clock.GetUtcNow()));

        Assert.Equal("proposed", refused.CurrentStatus);
        Assert.Equal(DisciplineStatus.Proposed, record.Status);
    }

    [Fact]
    public void GEN_07_another_person_approves_and_the_decision_is_recorded()
    {
        var record = Propose(by: "supervisor");
        _clock.Advance(TimeSpan.FromHours(2));

        record.Approve("hr", "核实属实", _clock.GetUtcNow());

        Assert.Equal((DisciplineStatus.Approved, "hr", _clock.GetUtcNow(), "核实属实"), (record.Status, record.DecidedBy, record.DecidedAt, record.DecisionNote));
    }

    [Fact]
    public void GEN_07_a_decided_record_is_decided_once()
    {
        var approved = Propose();
        approved.Approve("hr", null, _clock.GetUtcNow());
        var rejected = Propose();
        rejected.Reject("hr", "证据不足", _clock.GetUtcNow());

        Assert.Equal("approved", Assert.Throws<InvalidTransitionException>(() => approved.Reject("hr2", null, _clock.GetUtcNow())).CurrentStatus);
        Assert.Equal("rejected", Assert.Throws<InvalidTransitionException>(() => rejected.Approve("hr2", null, _clock.GetUtcNow())).CurrentStatus);
    }

    [Fact]
    public void GEN_07_the_proposer_may_withdraw_by_rejecting()
    {
        var record = Propose(by: "hr");

        record.Reject("hr", "提议有误", _clock.GetUtcNow());

        Assert.Equal(DisciplineStatus.Rejected, record.Status);
    }

    [Fact]
    public void GEN_07_penalties_deduct_by_weight_and_rewards_deduct_nothing()
    {
        Assert.Equal([0, 0, 0, 5, 15, 30, 100], DisciplineKinds.All.Select(Catalogue.DeductionOf));
        Assert.True(DisciplineKind.Warning.IsPenalty());
        Assert.True(DisciplineKind.MajorMerit.IsReward());
    }

    [Fact]
    public void GEN_07_wire_names_round_trip()
    {
        foreach (var kind in DisciplineKinds.All)
        {
            Assert.True(DisciplineKinds.TryParse(DisciplineKinds.ToWire(kind), out var back));
            Assert.Equal(kind, back);
        }

        Assert.False(DisciplineKinds.TryParse("MajorDemerit", out _));
    }

    [Fact]
    public void GEN_07_cause_lists_and_deductions_are_validated()
    {
        var options = new PolicyOptions();
        options.General.Discipline.WarningCauses = [];
        options.General.Discipline.DemeritCauses = ["在禁烟区吸烟", "在禁烟区吸烟"];
        options.General.Discipline.MajorDemeritDeduction = 10; // lighter than a demerit (15)
        options.General.Discipline.DismissalDeduction = 101;

        var errors = PolicyOptionsValidator.Validate(options);

        Assert.Contains(errors, e => e.StartsWith("Policy:General:Discipline:WarningCauses", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Policy:General:Discipline:DemeritCauses lists a cause twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Policy:General:Discipline:MajorDemeritDeduction", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Policy:General:Discipline:DismissalDeduction", StringComparison.Ordinal));
        Assert.Empty(PolicyOptionsValidator.Validate(new PolicyOptions()));
    }
}
