using Microsoft.Extensions.Localization;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Who answers for a complaint (CMP-11/12) in the viewer's language, the same in the facts and the timeline; the rule's
/// ID is not in the sentence (a screen puts it in the tooltip).
/// </summary>
public static class AccountabilityText
{
    public static string Format(IStringLocalizer l, string ruleId, string? party, string? accountable, int points, decimal fineYuan, bool inForce)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (!inForce)
        {
            return l["AccountabilityWithdrawn", ruleId];
        }

        var line = l["AccountabilityLine", ruleId, party is null ? "" : l[$"Fault_{party}"], accountable ?? l["AccountableUnknown"], points].Value;
        return fineYuan > 0 ? line + l["AccountabilityFine", Yuan.Format(fineYuan)] : line;
    }

    public static string Format(IStringLocalizer l, AccountabilityNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Format(l, note.RuleId, note.Party, note.Accountable, note.Points, note.FineYuan, !note.Withdrawn);
    }
}
