using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>
/// Runs the complaint draft through the same domain rules registration uses, so the form shows
/// severity (CMP-02/03), the verify and resolve deadlines (CMP-02…04) and the quote (CMP-05…07) live.
/// A repeat on the same waybill is only known at registration, where it can still make the complaint major.
/// </summary>
public sealed class ComplaintPreviewer(ComplaintClassifier classifier, ComplaintDeadlines deadlines, CompensationCalculator compensation)
{
    public ComplaintPreview? Preview(ComplaintDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Category is not { } category)
        {
            return null;
        }

        var severity = classifier.Classify(new ComplaintFacts(category, draft.DelayDays, draft.PackagingOnly, draft.ItemValue, false));
        return new ComplaintPreview(severity, deadlines.VerifyBy(severity, now), deadlines.ResolveBy(severity, now), Quote(draft, category));
    }

    private CompensationQuote? Quote(ComplaintDraft draft, ComplaintCategory category)
    {
        if (category is not (ComplaintCategory.Delay or ComplaintCategory.Damage or ComplaintCategory.Loss))
        {
            return null;
        }

        if (category == ComplaintCategory.Delay && draft.DelayDays is not > 0)
        {
            return null;
        }

        try
        {
            // The form records no repair estimate, so damage is quoted as not repairable (value, at least 3× the fee).
            return compensation.Quote(new CompensationRequest(
                category, draft.DelayDays, Repairable: false, RepairCost: null, draft.ItemValue, draft.Insured, draft.InsuredValue, draft.ShippingFee));
        }
        catch (ArgumentException)
        {
            return null; // a fact the rule needs is still missing
        }
    }
}
