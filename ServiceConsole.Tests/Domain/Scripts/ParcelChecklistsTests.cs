using ServiceConsole.Domain.Scripts;

namespace ServiceConsole.Tests.Domain.Scripts;

public sealed class ParcelChecklistsTests
{
    private static readonly ParcelChecklists Checklists = new(new ScriptOptions());

    private static ParcelSendingFacts CompleteSending() =>
        new("杭州市西湖区文三路 1 号", "上海市浦东新区世纪大道 2 号", "衣服", 12m, "明天 18:00 前", Fragile: false);

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_a_parcel_query_without_waybill_or_phone_is_missing_that_step()
    {
        var result = Checklists.EvaluateQuery(new ParcelQueryFacts());

        Assert.False(result.IsComplete);
        Assert.Equal([ChecklistStep.WaybillOrPhone], result.Missing);
    }

    [Theory]
    [Trait("Rule", "SVC-06")]
    [InlineData("YD4312345678901", null, null)]
    [InlineData(null, "13800138000", null)]
    [InlineData(null, null, "13900139000")]
    public void SVC_06_a_parcel_query_needs_only_the_waybill_or_one_phone_number(string? waybill, string? sender, string? recipient)
    {
        Assert.True(Checklists.EvaluateQuery(new ParcelQueryFacts(waybill, sender, recipient)).IsComplete);
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_an_empty_sending_misses_every_step_in_asking_order()
    {
        var result = Checklists.EvaluateSending(new ParcelSendingFacts());

        Assert.Equal(ParcelChecklists.SendingSteps, result.Missing);
        Assert.False(result.IsProhibited);
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_a_sending_with_both_addresses_allowed_item_fee_time_and_handling_is_complete()
    {
        var result = Checklists.EvaluateSending(CompleteSending());

        Assert.True(result.IsComplete);
        Assert.All(ParcelChecklists.SendingSteps, step => Assert.True(result.IsDone(step)));
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_a_prohibited_item_type_is_named_and_blocks_the_sending()
    {
        var result = Checklists.EvaluateSending(CompleteSending() with { ItemType = "一箱烟花爆竹" });

        Assert.True(result.IsProhibited);
        Assert.Equal("烟花爆竹", result.ProhibitedMatch);
        Assert.Equal([ChecklistStep.ItemAllowed], result.Missing);
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_a_fragile_item_needs_its_handling_note()
    {
        var fragile = CompleteSending() with { Fragile = true };

        Assert.Equal([ChecklistStep.FragileHandling], Checklists.EvaluateSending(fragile).Missing);
        Assert.True(Checklists.EvaluateSending(fragile with { HandlingNote = "易碎品,加泡沫箱" }).IsComplete);
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_not_asking_whether_the_item_is_fragile_leaves_the_handling_step_missing()
    {
        Assert.Equal([ChecklistStep.FragileHandling], Checklists.EvaluateSending(CompleteSending() with { Fragile = null }).Missing);
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_a_sending_without_a_positive_fee_is_missing_the_fee()
    {
        Assert.Equal([ChecklistStep.Fee], Checklists.EvaluateSending(CompleteSending() with { Fee = 0m }).Missing);
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_a_configured_prohibited_list_replaces_the_default_one()
    {
        var checklists = new ParcelChecklists(new ScriptOptions { ProhibitedItems = ["锂电池", " "] });

        Assert.Equal(["锂电池"], checklists.ProhibitedItems);
        Assert.Equal("锂电池", checklists.FindProhibited("充电宝(锂电池)"));
        Assert.Null(checklists.FindProhibited("烟花爆竹"));
    }

    [Fact]
    [Trait("Rule", "SVC-06")]
    public void SVC_06_matching_ignores_letter_case()
    {
        var checklists = new ParcelChecklists(new ScriptOptions { ProhibitedItems = ["Lithium"] });

        Assert.Equal("Lithium", checklists.FindProhibited("LITHIUM battery"));
    }
}
