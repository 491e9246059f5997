using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Personnel;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Personnel;

[Trait("Rule", "GEN-06")]
public sealed class ProbationTests
{
    private static readonly ProbationRules Rules = new(new PolicyOptions());

    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();

    private EmploymentRecord Hired(DateOnly hire, DateOnly? end = null) =>
        EmploymentRecord.Open("A001", hire, end, null, "hr", _clock.GetUtcNow(), Rules);

    [Fact]
    public void GEN_06_probation_defaults_to_three_months_after_hire()
    {
        var record = Hired(new DateOnly(2026, 3, 1));

        Assert.Equal(new DateOnly(2026, 6, 1), record.ProbationEnd);
        Assert.Equal(EmploymentStatus.OnProbation, record.Status);
        Assert.Equal(ProbationChangeKind.Opened, Assert.Single(record.History).Kind);
    }

    [Fact]
    public void GEN_06_probation_of_exactly_three_months_is_accepted()
    {
        var record = Hired(new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 1));

        Assert.Equal(new DateOnly(2026, 6, 1), record.ProbationEnd);
    }

    [Fact]
    public void GEN_06_probation_of_two_months_29_days_is_refused()
    {
        // 1 March + 2 months 29 days = 30 May: refused; 31 May is still a day short of the three months (1 June).
        Assert.Throws<ArgumentOutOfRangeException>(() => Hired(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hired(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)));
    }

    [Theory]
    [InlineData("2025-11-30", "2026-02-28")] // February lacks the 30th: the end falls on its last day
    [InlineData("2027-11-30", "2028-02-29")] // a leap year
    [InlineData("2026-10-31", "2027-01-31")] // across the year end
    [InlineData("2026-01-31", "2026-04-30")]
    public void GEN_06_probation_end_across_month_ends(string hire, string expected)
    {
        var hired = DateOnly.Parse(hire, System.Globalization.CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(end, Rules.MinimumEnd(hired));
        Assert.Equal(end, Hired(hired).ProbationEnd);
        Assert.Throws<ArgumentOutOfRangeException>(() => Hired(hired, end.AddDays(-1)));
    }

    [Fact]
    public void GEN_06_extension_with_a_reason_is_kept_in_the_history()
    {
        var record = Hired(new DateOnly(2026, 3, 1));
        _clock.Advance(TimeSpan.FromDays(60));

        var change = record.ChangeProbation(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 1), "业务测试未达标", "hr2", _clock.GetUtcNow(), Rules);

        Assert.Equal(ProbationChangeKind.Extended, change.Kind);
        Assert.Equal(new DateOnly(2026, 6, 1), change.PreviousEnd);
        Assert.Equal(new DateOnly(2026, 7, 1), record.ProbationEnd);
        Assert.Equal(["Opened", "Extended"], record.History.Select(h => h.Kind.ToString()));
        Assert.Equal(("业务测试未达标", "hr2"), (record.History[1].Reason, record.History[1].By));
    }

    [Fact]
    public void GEN_06_shortening_back_to_the_minimum_is_allowed_but_never_below_it()
    {
        var record = Hired(new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 1));

        var change = record.ChangeProbation(new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 1), "表现突出", "hr", _clock.GetUtcNow(), Rules);
        Assert.Equal(ProbationChangeKind.Shortened, change.Kind);

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            record.ChangeProbation(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31), "表现突出", "hr", _clock.GetUtcNow(), Rules));
        Assert.Equal(new DateOnly(2026, 6, 1), record.ProbationEnd);
    }

    [Fact]
    public void GEN_06_a_change_needs_a_reason()
    {
        var record = Hired(new DateOnly(2026, 3, 1));

        Assert.Throws<ArgumentException>(() => record.ChangeProbation(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 1), " ", "hr", _clock.GetUtcNow(), Rules));
    }

    [Fact]
    public void GEN_06_a_later_hire_date_moves_the_minimum_with_it()
    {
        var record = Hired(new DateOnly(2026, 3, 1));

        // Correcting the hire date to 10 March leaves a probation ending 1 June too short.
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            record.ChangeProbation(new DateOnly(2026, 3, 10), new DateOnly(2026, 6, 1), "入职日期录错", "hr", _clock.GetUtcNow(), Rules));
        var change = record.ChangeProbation(new DateOnly(2026, 3, 10), new DateOnly(2026, 6, 10), "入职日期录错", "hr", _clock.GetUtcNow(), Rules);
        Assert.Equal(ProbationChangeKind.Extended, change.Kind);
    }

    [Fact]
    public void GEN_06_confirmation_before_the_probation_end_is_refused_and_on_it_accepted()
    {
        var record = Hired(new DateOnly(2026, 3, 1));

        var early = Assert.Throws<InvalidTransitionException>(() => record.Confirm(new DateOnly(2026, 5, 31), null, "hr", _clock.GetUtcNow()));
        Assert.Equal("on-probation", early.CurrentStatus);

        record.Confirm(new DateOnly(2026, 6, 1), "考核合格", "hr", _clock.GetUtcNow());
        Assert.Equal((EmploymentStatus.Confirmed, new DateOnly(2026, 6, 1), "hr"), (record.Status, record.ConfirmedOn, record.ConfirmedBy));
        Assert.Equal(ProbationChangeKind.Confirmed, record.History[^1].Kind);
    }

    [Fact]
    public void GEN_06_a_confirmed_record_no_longer_changes()
    {
        var record = Hired(new DateOnly(2026, 3, 1));
        record.Confirm(new DateOnly(2026, 6, 2), null, "hr", _clock.GetUtcNow());

        Assert.Throws<InvalidTransitionException>(() =>
            record.ChangeProbation(new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 1), "延长", "hr", _clock.GetUtcNow(), Rules));
        Assert.Throws<InvalidTransitionException>(() => record.Confirm(new DateOnly(2026, 6, 3), null, "hr", _clock.GetUtcNow()));
    }

    [Fact]
    public void GEN_06_the_minimum_is_configurable()
    {
        var rules = new ProbationRules(new PolicyOptions { General = { ProbationMonths = 6 } });

        Assert.Equal(new DateOnly(2026, 9, 1), rules.MinimumEnd(new DateOnly(2026, 3, 1)));
        Assert.False(rules.IsLongEnough(new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31)));
    }
}
