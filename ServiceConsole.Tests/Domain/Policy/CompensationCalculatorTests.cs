using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class CompensationCalculatorTests
{
    private readonly CompensationCalculator _calculator = new(new PolicyOptions());

    private static CompensationRequest Request(
        ComplaintCategory category,
        int? delayDays = null,
        bool repairable = false,
        decimal? repairCost = null,
        decimal? itemValue = null,
        bool insured = false,
        decimal? insuredValue = null,
        decimal? shippingFee = null) =>
        new(category, delayDays, repairable, repairCost, itemValue, insured, insuredValue, shippingFee);

    [Theory]
    [Trait("Rule", "CMP-05")]
    [InlineData(null, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 15)]
    [InlineData(4, 20)]
    [InlineData(9, 20)]
    public void CMP_05_delay_earns_a_coupon_by_days_late(int? days, int expectedYuan)
    {
        var quote = _calculator.Quote(Request(ComplaintCategory.Delay, delayDays: days));

        Assert.Equal(new CompensationQuote(CompensationKind.Coupon, expectedYuan, "CMP-05"), quote);
    }

    [Fact]
    [Trait("Rule", "CMP-05")]
    public void Changing_the_coupon_table_changes_the_coupon()
    {
        var options = new PolicyOptions();
        options.Complaints.DelayCouponYuan = [8, 16];

        var calculator = new CompensationCalculator(options);

        Assert.Equal(16m, calculator.Quote(Request(ComplaintCategory.Delay, delayDays: 2)).Amount);
        Assert.Equal(16m, calculator.Quote(Request(ComplaintCategory.Delay, delayDays: 5)).Amount);
    }

    [Fact]
    [Trait("Rule", "CMP-05")]
    public void A_negative_delay_is_rejected_naming_the_field()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => _calculator.Quote(Request(ComplaintCategory.Delay, delayDays: -1)));
        Assert.Equal("delayDays", ex.ParamName);
    }

    [Fact]
    [Trait("Rule", "CMP-06")]
    public void CMP_06_repairable_damage_pays_the_repair()
    {
        var quote = _calculator.Quote(Request(ComplaintCategory.Damage, repairable: true, repairCost: 85.5m, itemValue: 800m));

        Assert.Equal(new CompensationQuote(CompensationKind.Repair, 85.5m, "CMP-06"), quote);
    }

    [Fact]
    [Trait("Rule", "CMP-06")]
    public void CMP_06_unrepairable_damage_pays_the_proven_value()
    {
        var quote = _calculator.Quote(Request(ComplaintCategory.Damage, itemValue: 800m, shippingFee: 15m));

        Assert.Equal(new CompensationQuote(CompensationKind.Cash, 800m, "CMP-06"), quote);
    }

    [Fact]
    [Trait("Rule", "CMP-06")]
    public void CMP_06_unrepairable_damage_pays_at_least_three_times_the_shipping_fee()
    {
        Assert.Equal(45m, _calculator.Quote(Request(ComplaintCategory.Damage, itemValue: 30m, shippingFee: 15m)).Amount);
        Assert.Equal(45.01m, _calculator.Quote(Request(ComplaintCategory.Damage, itemValue: 45.01m, shippingFee: 15m)).Amount);
    }

    [Fact]
    [Trait("Rule", "CMP-06")]
    public void Changing_the_shipping_fee_multiple_changes_the_floor()
    {
        var options = new PolicyOptions();
        options.Complaints.DamageMinShippingFeeMultiple = 5m;

        var quote = new CompensationCalculator(options).Quote(Request(ComplaintCategory.Damage, itemValue: 30m, shippingFee: 15m));

        Assert.Equal(75m, quote.Amount);
    }

    [Theory]
    [Trait("Rule", "CMP-06")]
    [InlineData(false, null, 15.0, "itemValue")]
    [InlineData(false, 30.0, null, "shippingFee")]
    public void Unrepairable_damage_needs_item_value_and_shipping_fee(bool repairable, double? itemValue, double? shippingFee, string field)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => _calculator.Quote(
            Request(ComplaintCategory.Damage, repairable: repairable, itemValue: (decimal?)itemValue, shippingFee: (decimal?)shippingFee)));
        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    [Trait("Rule", "CMP-06")]
    public void Repairable_damage_needs_the_repair_cost()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => _calculator.Quote(Request(ComplaintCategory.Damage, repairable: true)));
        Assert.Equal("repairCost", ex.ParamName);
    }

    [Fact]
    [Trait("Rule", "CMP-06")]
    public void A_negative_value_is_rejected_naming_the_field()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => _calculator.Quote(Request(ComplaintCategory.Damage, itemValue: -1m, shippingFee: 10m)));
        Assert.Equal("itemValue", ex.ParamName);
    }

    [Fact]
    [Trait("Rule", "CMP-07")]
    public void CMP_07_insured_loss_pays_the_insured_amount()
    {
        var quote = _calculator.Quote(Request(ComplaintCategory.Loss, itemValue: 3000m, insured: true, insuredValue: 2000m));

        Assert.Equal(new CompensationQuote(CompensationKind.Cash, 2000m, "CMP-07"), quote);
    }

    [Theory]
    [Trait("Rule", "CMP-07")]
    [InlineData(320, 320)]
    [InlineData(499.99, 499.99)]
    [InlineData(500, 500)]
    [InlineData(800, 500)]
    public void CMP_07_uninsured_loss_pays_the_value_up_to_500_yuan(double itemValue, double expected)
    {
        var quote = _calculator.Quote(Request(ComplaintCategory.Loss, itemValue: (decimal)itemValue));

        Assert.Equal(new CompensationQuote(CompensationKind.Cash, (decimal)expected, "CMP-07"), quote);
    }

    [Fact]
    [Trait("Rule", "CMP-07")]
    public void Changing_the_loss_cap_changes_the_payment()
    {
        var options = new PolicyOptions();
        options.Complaints.UninsuredLossCapYuan = 1000m;

        Assert.Equal(800m, new CompensationCalculator(options).Quote(Request(ComplaintCategory.Loss, itemValue: 800m)).Amount);
    }

    [Theory]
    [Trait("Rule", "CMP-07")]
    [InlineData(true, "insuredValue")]
    [InlineData(false, "itemValue")]
    public void Loss_needs_the_value_it_pays(bool insured, string field)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => _calculator.Quote(Request(ComplaintCategory.Loss, insured: insured)));
        Assert.Equal(field, ex.ParamName);
    }

    [Theory]
    [InlineData(ComplaintCategory.Attitude)]
    [InlineData(ComplaintCategory.UnclearAnswer)]
    [InlineData(ComplaintCategory.Other)]
    public void Categories_without_a_compensation_rule_are_rejected(ComplaintCategory category)
    {
        var ex = Assert.Throws<ArgumentException>(() => _calculator.Quote(Request(category)));
        Assert.Equal("category", ex.ParamName);
    }
}
