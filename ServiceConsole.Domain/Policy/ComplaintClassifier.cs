using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// CMP-02/CMP-03: a complaint is major for a delay of 3 days or more, a loss, damage to an item
/// worth 500 yuan or more (以上 includes the number), or a repeat on the same waybill; every
/// other complaint is general.
/// </summary>
public sealed class ComplaintClassifier(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public Severity Classify(ComplaintFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rules = _options.Complaints;

        var major = facts.RepeatedOnSameWaybill || facts.Category switch
        {
            ComplaintCategory.Delay => facts.DelayDays >= rules.MajorDelayDays,
            ComplaintCategory.Loss => true,
            // Light packaging damage with the item intact is general whatever the item is worth.
            ComplaintCategory.Damage => !facts.PackagingOnly && facts.ItemValue >= rules.MajorDamageValueYuan,
            _ => false,
        };

        return major ? Severity.Major : Severity.General;
    }
}
