using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// Compensation by rule: delay coupons (CMP-05), damage repair or value (CMP-06), loss value
/// or insured amount (CMP-07). Input errors are <see cref="ArgumentException"/>s whose
/// <see cref="ArgumentException.ParamName"/> is the camelCase API field, so the web layer can
/// key its 400 response by it.
/// </summary>
public sealed class CompensationCalculator(PolicyOptions options)
{
    public const string DelayRuleId = "CMP-05";
    public const string DamageRuleId = "CMP-06";
    public const string LossRuleId = "CMP-07";

    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public CompensationQuote Quote(CompensationRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Category switch
        {
            ComplaintCategory.Delay => new(CompensationKind.Coupon, DelayCoupon(r.DelayDays), DelayRuleId),
            ComplaintCategory.Damage => Damage(r),
            ComplaintCategory.Loss => Loss(r),
            _ => throw new ArgumentException(
                $"No compensation rule covers '{WireNames.ToWire(r.Category)}' complaints; only delay, damage and loss are compensated.",
                "category"),
        };
    }

    private decimal DelayCoupon(int? delayDays)
    {
        var days = delayDays ?? 0;
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException("delayDays", days, "Delay days must not be negative.");
        }

        if (days == 0)
        {
            return 0m;
        }

        var table = _options.Complaints.DelayCouponYuan;
        return table[Math.Min(days, table.Length) - 1];
    }

    private CompensationQuote Damage(CompensationRequest r)
    {
        if (r.Repairable)
        {
            var cost = Required(r.RepairCost, "repairCost");
            return new(CompensationKind.Repair, cost, DamageRuleId);
        }

        var value = Required(r.ItemValue, "itemValue");
        var fee = Required(r.ShippingFee, "shippingFee");
        var floor = fee * _options.Complaints.DamageMinShippingFeeMultiple;
        return new(CompensationKind.Cash, Math.Max(value, floor), DamageRuleId);
    }

    private CompensationQuote Loss(CompensationRequest r)
    {
        if (r.Insured)
        {
            return new(CompensationKind.Cash, Required(r.InsuredValue, "insuredValue"), LossRuleId);
        }

        var value = Required(r.ItemValue, "itemValue");
        return new(CompensationKind.Cash, Math.Min(value, _options.Complaints.UninsuredLossCapYuan), LossRuleId);
    }

    private static decimal Required(decimal? value, string field) => value switch
    {
        null => throw new ArgumentException($"'{field}' is required for this compensation.", field),
        < 0 => throw new ArgumentOutOfRangeException(field, value, $"'{field}' must not be negative."),
        { } v => v,
    };
}
