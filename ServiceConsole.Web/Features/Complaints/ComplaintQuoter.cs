using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// The quote for a registered complaint, from the facts it was registered with (CMP-05…07), through the
/// same calculator as <c>POST /api/v1/compensation/quote</c> and the registration preview.
/// </summary>
public sealed class ComplaintQuoter(CompensationCalculator compensation)
{
    /// <returns>Null when no rule covers the category or a fact the rule needs was not registered.</returns>
    public CompensationQuote? Quote(ComplaintResource complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (!WireNames.TryParseComplaintCategory(complaint.Category, out var category)
            || category is not (ComplaintCategory.Delay or ComplaintCategory.Damage or ComplaintCategory.Loss)
            || (category == ComplaintCategory.Delay && complaint.DelayDays is not > 0))
        {
            return null;
        }

        try
        {
            // A complaint records no repair estimate, so damage is quoted as not repairable, like the registration preview.
            return compensation.Quote(new CompensationRequest(
                category, complaint.DelayDays, Repairable: false, RepairCost: null, complaint.ItemValue,
                complaint.Insured, complaint.InsuredValue, complaint.ShippingFee));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
