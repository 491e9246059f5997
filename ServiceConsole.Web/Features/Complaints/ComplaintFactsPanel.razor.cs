using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>The complaint's registered facts, the findings and fault, and the policy's quote for them.</summary>
public sealed partial class ComplaintFactsPanel
{
    /// <summary>The complaint shown.</summary>
    [Parameter, EditorRequired]
    public ComplaintResource Complaint { get; set; } = default!;

    /// <summary>What the policy offers for its facts, if a rule applies.</summary>
    [Parameter]
    public CompensationQuote? Quote { get; set; }

    /// <summary>Raised with the complaint after a supervisor handed it to another owner.</summary>
    [Parameter]
    public EventCallback<ComplaintResource> Changed { get; set; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required ServiceConsole.Web.Common.OutletDirectory Outlets { get; init; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    /// <summary>The facts the compensation rules read (CMP-05…07), in words.</summary>
    private List<string> Facts
    {
        get
        {
            var facts = new List<string>();
            if (Complaint.DelayDays is { } days)
            {
                facts.Add(L["FactDelayDays", days]);
            }

            if (Complaint.PackagingOnly)
            {
                facts.Add(L["FactPackagingOnly"]);
            }

            if (Complaint.ItemValue is { } value)
            {
                facts.Add(L["FactItemValue", Yuan.Format(value)]);
            }

            if (Complaint.ShippingFee is { } fee)
            {
                facts.Add(L["FactShippingFee", Yuan.Format(fee)]);
            }

            if (Complaint.Insured && Complaint.InsuredValue is { } insured)
            {
                facts.Add(L["FactInsured", Yuan.Format(insured)]);
            }

            return facts;
        }
    }

    private string Local(DateTimeOffset instant) => Clock.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
