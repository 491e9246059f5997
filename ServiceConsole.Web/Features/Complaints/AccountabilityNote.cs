using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// An <c>accountability</c> history entry read back into its parts, so the timeline can say it in the
/// viewer's language. The aggregate writes <c>"CMP-11 courier K-07: -10 points, 200 yuan"</c> or
/// <c>"CMP-11 withdrawn"</c>.
/// </summary>
public sealed partial record AccountabilityNote(string RuleId, string? Party, string? Accountable, int Points, decimal FineYuan, bool Withdrawn)
{
    /// <returns>Null when the note is in another shape; the timeline then shows it as written.</returns>
    public static AccountabilityNote? Parse(string? note)
    {
        if (note is null)
        {
            return null;
        }

        if (Withdrawal().Match(note) is { Success: true } withdrawn)
        {
            return new(withdrawn.Groups["rule"].Value, null, null, 0, 0m, true);
        }

        if (Penalty().Match(note) is not { Success: true } m)
        {
            return null;
        }

        var who = m.Groups["who"].Value;
        return new(
            m.Groups["rule"].Value, m.Groups["party"].Value, who == "?" ? null : who,
            int.Parse(m.Groups["points"].Value, CultureInfo.InvariantCulture),
            m.Groups["fine"].Success ? decimal.Parse(m.Groups["fine"].Value, CultureInfo.InvariantCulture) : 0m,
            false);
    }

    [GeneratedRegex(@"^(?<rule>[A-Z]+-\d+) withdrawn$")]
    private static partial Regex Withdrawal();

    [GeneratedRegex(@"^(?<rule>[A-Z]+-\d+) (?<party>[a-z-]+) (?<who>.+): -(?<points>\d+) points(, (?<fine>\d+(\.\d+)?) yuan)?$")]
    private static partial Regex Penalty();
}
