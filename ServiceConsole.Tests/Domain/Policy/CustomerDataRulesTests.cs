using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class CustomerDataRulesTests
{
    private static readonly string _waybillPattern = new PolicyOptions().Complaints.WaybillPattern;

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("19912345678", true)]
    [InlineData("0571-87654321", true)]
    [InlineData("057187654321", true)]
    [InlineData("010-1234567", true)]
    [InlineData("1380013800", false)]      // one digit missing
    [InlineData("138001380001", false)]    // one digit extra
    [InlineData("23800138000", false)]     // not a mobile prefix
    [InlineData("87654321", false)]        // landline without area code
    [InlineData("0571-876543", false)]
    [InlineData("13800138000\n", false)]
    [InlineData("１３８００１３８０００", false)] // full-width digits
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_phone_is_a_mainland_mobile_or_a_landline_with_area_code(string? phone, bool valid) =>
        Assert.Equal(valid, CustomerDataRules.IsValidPhone(phone));

    [Theory]
    [Trait("Rule", "INF-03")]
    [InlineData("YD4312345678901", true)]
    [InlineData("ABCD1234", true)]             // 8: shortest
    [InlineData("ABCDEFGHIJ0123456789", true)] // 20: longest
    [InlineData("ABC1234", false)]             // 7: a character missing
    [InlineData("ABCDEFGHIJ01234567890", false)] // 21: a character extra
    [InlineData("yd4312345678901", false)]
    [InlineData("YD43-1234567", false)]
    [InlineData("YD4312345678901\n", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void INF_03_waybill_numbers_are_validated_on_entry(string? waybill, bool valid) =>
        Assert.Equal(valid, CustomerDataRules.IsValidWaybill(waybill, _waybillPattern));

    [Fact]
    [Trait("Rule", "INF-03")]
    public void INF_03_a_carrier_pattern_without_anchors_still_matches_the_whole_number()
    {
        Assert.True(CustomerDataRules.IsValidWaybill("SF1234567890", "SF[0-9]{10}"));
        Assert.False(CustomerDataRules.IsValidWaybill("XSF12345678901", "SF[0-9]{10}"));
    }

    [Theory]
    [Trait("Rule", "INF-04")]
    [InlineData("11010519491231002X", true)]  // the GB 11643 example, check character X
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310029", false)] // wrong check digit
    [InlineData("440524188001010014", false)] // born before 1900
    [InlineData("440524190002300012", false)] // 30 February
    [InlineData("11010519491231002", false)]  // 17 characters
    [InlineData("1101051949123100X2", false)] // X not last
    [InlineData("", false)]
    [InlineData(null, false)]
    public void INF_04_id_card_numbers_need_eighteen_characters_and_the_gb11643_check_digit(string? id, bool valid) =>
        Assert.Equal(valid, CustomerDataRules.IsValidIdCard(id));

    [Theory]
    [Trait("Rule", "INF-04")]
    [InlineData("44052419800101001", '3')]
    [InlineData("32010619851212123", '1')]
    [InlineData("11010119900307803", 'X')]
    public void INF_04_only_the_one_right_check_character_is_accepted(string first17, char expected)
    {
        Assert.Equal(first17 + expected, WithCheckDigit(first17));
        foreach (var candidate in "0123456789X")
        {
            Assert.Equal(candidate == expected, CustomerDataRules.IsValidIdCard(first17 + candidate));
        }
    }

    // Independent implementation of ISO 7064 MOD 11-2, to build valid numbers in tests.
    private static string WithCheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = (int)(Math.Pow(2, 17 - i) % 11);
            sum += (first17[i] - '0') * weight;
        }

        var check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : check.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
