using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Drills;

public sealed class DrillCustomerGeneratorTests
{
    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_drill_customers_are_marked_as_drill_in_name_phone_and_waybill()
    {
        var customers = DrillCustomerGenerator.Generate(42, 30);

        Assert.Equal(30, customers.Count);
        Assert.All(customers, c =>
        {
            Assert.StartsWith("演练-", c.Name);
            Assert.StartsWith("1000000", c.Phone);
            Assert.StartsWith("DRILL", c.WaybillNo);
            Assert.True(DrillCustomerGenerator.IsDrillPhone(c.Phone));
            Assert.True(DrillCustomerGenerator.IsDrillWaybill(c.WaybillNo));
        });
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_drill_customers_pass_the_real_entry_checks_so_the_real_forms_accept_them()
    {
        var options = new PolicyOptions();

        Assert.All(DrillCustomerGenerator.Generate(7, 20), c =>
        {
            Assert.True(CustomerDataRules.IsValidPhone(c.Phone));
            Assert.True(CustomerDataRules.IsValidWaybill(c.WaybillNo, options.Complaints.WaybillPattern));
        });
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_the_same_seed_gives_the_same_customers_and_another_seed_others()
    {
        var drill = Guid.NewGuid();

        Assert.Equal(DrillCustomerGenerator.Generate(drill, 10), DrillCustomerGenerator.Generate(drill, 10));
        Assert.NotEqual(DrillCustomerGenerator.Generate(1, 10), DrillCustomerGenerator.Generate(2, 10));
    }

    [Fact]
    public void Phones_and_waybills_never_repeat_within_one_drill_even_at_the_range_limit()
    {
        var customers = DrillCustomerGenerator.Generate(int.MinValue, DrillCustomerGenerator.MaxCustomers);

        Assert.Equal(DrillCustomerGenerator.MaxCustomers, customers.Select(c => c.Phone).Distinct().Count());
        Assert.Equal(DrillCustomerGenerator.MaxCustomers, customers.Select(c => c.WaybillNo).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => DrillCustomerGenerator.Generate(1, DrillCustomerGenerator.MaxCustomers + 1));
    }

    [Theory]
    [Trait("Rule", "EMG-05")]
    [InlineData("10000001234", true)]
    [InlineData("1000 000 1234", true)]
    [InlineData("13800138000", false)]
    [InlineData("1000000123", false)]
    [InlineData("100000012345", false)]
    [InlineData("1000000abcd", false)]
    [InlineData(null, false)]
    public void EMG_05_only_numbers_in_the_reserved_range_are_drill_phones(string? phone, bool drill) =>
        Assert.Equal(drill, DrillCustomerGenerator.IsDrillPhone(phone));
}
