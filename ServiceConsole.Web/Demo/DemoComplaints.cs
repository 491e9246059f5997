using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Web.Demo;

/// <summary>Complaints of every category with the facts each one needs for severity and compensation.</summary>
public static class DemoComplaints
{
    private static readonly ComplaintCategory[] Categories =
    [
        ComplaintCategory.Delay, ComplaintCategory.Delay, ComplaintCategory.Delay, ComplaintCategory.Damage, ComplaintCategory.Damage,
        ComplaintCategory.Loss, ComplaintCategory.Attitude, ComplaintCategory.UnclearAnswer, ComplaintCategory.Other,
    ];

    public static ComplaintCreateRequest Next(
        string externalId, Random random, DemoNames names, string customerName, string phone, string waybill, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(names);
        var category = Categories[random.Next(Categories.Length)];
        int? delayDays = category == ComplaintCategory.Delay ? random.Next(1, 6) : null;
        var packagingOnly = category == ComplaintCategory.Damage && random.Next(3) == 0;
        decimal? itemValue = category is ComplaintCategory.Damage or ComplaintCategory.Loss ? random.Next(30, 1500) : null;
        var insured = category == ComplaintCategory.Loss && random.Next(3) == 0;
        decimal? insuredValue = insured ? itemValue : null;
        decimal shippingFee = random.Next(8, 30);
        return new ComplaintCreateRequest(
            externalId, WireNames.ToWire(channel), customerName, phone, waybill, names.OutletCode(),
            WireNames.ToWire(category), delayDays, packagingOnly, itemValue, insured, insuredValue, shippingFee,
            DemoNames.Demands[random.Next(DemoNames.Demands.Length)], null, null);
    }
}
