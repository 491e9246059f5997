namespace ServiceConsole.Domain.Scripts;

/// <summary>
/// SVC-06 as pure functions: given what the agent collected so far, which steps of the parcel-query
/// and parcel-sending checklists are still missing, and whether the item is on the prohibited list.
/// </summary>
public sealed class ParcelChecklists(ScriptOptions options)
{
    public static IReadOnlyList<ChecklistStep> QuerySteps { get; } = [ChecklistStep.WaybillOrPhone];

    public static IReadOnlyList<ChecklistStep> SendingSteps { get; } =
    [
        ChecklistStep.SenderAddress,
        ChecklistStep.RecipientAddress,
        ChecklistStep.ItemType,
        ChecklistStep.ItemAllowed,
        ChecklistStep.Fee,
        ChecklistStep.EstimatedDelivery,
        ChecklistStep.FragileHandling,
    ];

    private readonly IReadOnlyList<string> _prohibited = (options ?? throw new ArgumentNullException(nameof(options))).EffectiveProhibitedItems;

    public IReadOnlyList<string> ProhibitedItems => _prohibited;

    /// <summary>A parcel query needs the waybill number or either party's phone number.</summary>
    public ChecklistResult EvaluateQuery(ParcelQueryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var known = Given(facts.WaybillNo) || Given(facts.SenderPhone) || Given(facts.RecipientPhone);
        return new ChecklistResult(QuerySteps, known ? [] : [ChecklistStep.WaybillOrPhone]);
    }

    /// <summary>Sending needs both addresses, an allowed item type, the fee, the estimated time and the fragile handling.</summary>
    public ChecklistResult EvaluateSending(ParcelSendingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var missing = new List<ChecklistStep>();
        if (!Given(facts.SenderAddress))
        {
            missing.Add(ChecklistStep.SenderAddress);
        }

        if (!Given(facts.RecipientAddress))
        {
            missing.Add(ChecklistStep.RecipientAddress);
        }

        var prohibited = FindProhibited(facts.ItemType);
        if (!Given(facts.ItemType))
        {
            missing.Add(ChecklistStep.ItemType);
            missing.Add(ChecklistStep.ItemAllowed); // nothing to check yet
        }
        else if (prohibited is not null)
        {
            missing.Add(ChecklistStep.ItemAllowed);
        }

        if (facts.Fee is not > 0)
        {
            missing.Add(ChecklistStep.Fee);
        }

        if (!Given(facts.EstimatedDelivery))
        {
            missing.Add(ChecklistStep.EstimatedDelivery);
        }

        if (facts.Fragile is null || (facts.Fragile.Value && !Given(facts.HandlingNote)))
        {
            missing.Add(ChecklistStep.FragileHandling);
        }

        return new ChecklistResult(SendingSteps, missing, prohibited);
    }

    /// <summary>The prohibited entry the item type names, if any (case-insensitive, as a contained word).</summary>
    public string? FindProhibited(string? itemType) =>
        string.IsNullOrWhiteSpace(itemType)
            ? null
            : _prohibited.FirstOrDefault(item => itemType.Contains(item, StringComparison.OrdinalIgnoreCase));

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
}
