using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class ComplaintClassifierTests
{
    private readonly ComplaintClassifier _classifier = new(new PolicyOptions());

    private Severity Classify(
        ComplaintCategory category, int? delayDays = null, bool packagingOnly = false, decimal? itemValue = null, bool repeated = false) =>
        _classifier.Classify(new ComplaintFacts(category, delayDays, packagingOnly, itemValue, repeated));

    [Theory]
    [Trait("Rule", "CMP-02")]
    [Trait("Rule", "CMP-03")]
    [InlineData(1, Severity.General)]
    [InlineData(2, Severity.General)]
    [InlineData(3, Severity.Major)]
    [InlineData(10, Severity.Major)]
    public void A_delay_of_three_days_or_more_is_major(int days, Severity expected) =>
        Assert.Equal(expected, Classify(ComplaintCategory.Delay, delayDays: days));

    [Fact]
    [Trait("Rule", "CMP-02")]
    public void A_delay_without_a_known_length_is_general() =>
        Assert.Equal(Severity.General, Classify(ComplaintCategory.Delay, delayDays: null));

    [Fact]
    [Trait("Rule", "CMP-03")]
    public void A_lost_parcel_is_always_major() =>
        Assert.Equal(Severity.Major, Classify(ComplaintCategory.Loss, itemValue: 1m));

    [Theory]
    [Trait("Rule", "CMP-02")]
    [Trait("Rule", "CMP-03")]
    [InlineData("499.99", Severity.General)]
    [InlineData("500", Severity.Major)]
    [InlineData("500.01", Severity.Major)]
    public void A_damaged_item_worth_500_yuan_or_more_is_major(string value, Severity expected) =>
        Assert.Equal(expected, Classify(ComplaintCategory.Damage, itemValue: decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    [Trait("Rule", "CMP-02")]
    public void Light_packaging_damage_is_general_whatever_the_item_is_worth() =>
        Assert.Equal(Severity.General, Classify(ComplaintCategory.Damage, packagingOnly: true, itemValue: 5000m));

    [Fact]
    [Trait("Rule", "CMP-02")]
    public void Damage_of_unknown_value_is_general() =>
        Assert.Equal(Severity.General, Classify(ComplaintCategory.Damage, itemValue: null));

    [Theory]
    [Trait("Rule", "CMP-02")]
    [InlineData(ComplaintCategory.UnclearAnswer)]
    [InlineData(ComplaintCategory.Attitude)]
    [InlineData(ComplaintCategory.Other)]
    public void Service_complaints_are_general(ComplaintCategory category) =>
        Assert.Equal(Severity.General, Classify(category));

    [Theory]
    [Trait("Rule", "CMP-03")]
    [InlineData(ComplaintCategory.UnclearAnswer)]
    [InlineData(ComplaintCategory.Delay)]
    public void A_repeated_complaint_on_the_same_waybill_is_major(ComplaintCategory category) =>
        Assert.Equal(Severity.Major, Classify(category, delayDays: 1, repeated: true));

    [Fact]
    [Trait("Rule", "CMP-03")]
    public void Changing_the_thresholds_changes_the_severity()
    {
        var options = new PolicyOptions();
        options.Complaints.MajorDelayDays = 5;
        options.Complaints.MajorDamageValueYuan = 1000m;
        var classifier = new ComplaintClassifier(options);

        Assert.Equal(Severity.General, classifier.Classify(new(ComplaintCategory.Delay, 4, false, null, false)));
        Assert.Equal(Severity.General, classifier.Classify(new(ComplaintCategory.Damage, null, false, 999m, false)));
        Assert.Equal(Severity.Major, classifier.Classify(new(ComplaintCategory.Damage, null, false, 1000m, false)));
    }
}
