using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>The amount the complaint page prefills: the policy's quote for the facts the complaint was registered with.</summary>
public sealed class ComplaintQuoterTests
{
    private readonly ComplaintQuoter _quoter = new(new CompensationCalculator(new PolicyOptions()));

    private static ComplaintResource Facts(string category, int? delayDays = null, decimal? itemValue = null, bool insured = false, decimal? insuredValue = null, decimal? shippingFee = null) =>
        ComplaintStories.Registered().Resource() with
        {
            Category = category,
            DelayDays = delayDays,
            ItemValue = itemValue,
            Insured = insured,
            InsuredValue = insuredValue,
            ShippingFee = shippingFee,
        };

    [Theory]
    [Trait("Rule", "CMP-05")]
    [InlineData(1, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 20)]
    [InlineData(9, 20)]
    public void A_delay_is_quoted_a_coupon_by_its_length(int days, int yuan)
    {
        Assert.Equal(new CompensationQuote(CompensationKind.Coupon, yuan, "CMP-05"), _quoter.Quote(Facts("delay", delayDays: days)));
    }

    [Theory]
    [Trait("Rule", "CMP-06")]
    [InlineData(100, 12, 100)]
    [InlineData(20, 12, 36)]
    public void Damage_is_quoted_the_value_but_at_least_three_times_the_fee(decimal value, decimal fee, decimal expected)
    {
        Assert.Equal(new CompensationQuote(CompensationKind.Cash, expected, "CMP-06"), _quoter.Quote(Facts("damage", itemValue: value, shippingFee: fee)));
    }

    [Theory]
    [Trait("Rule", "CMP-07")]
    [InlineData(false, 800, 500)]
    [InlineData(true, 800, 1000)]
    public void Loss_is_quoted_the_capped_value_or_the_insured_amount(bool insured, decimal value, decimal expected)
    {
        Assert.Equal(expected, _quoter.Quote(Facts("loss", itemValue: value, insured: insured, insuredValue: insured ? 1000 : null))!.Amount);
    }

    [Fact]
    public void No_amount_is_prefilled_when_no_rule_covers_the_complaint_or_a_fact_is_missing()
    {
        Assert.Null(_quoter.Quote(Facts("attitude")));
        Assert.Null(_quoter.Quote(Facts("delay", delayDays: 0)));
        Assert.Null(_quoter.Quote(Facts("damage", itemValue: 100)));
    }
}
