using System.Text.RegularExpressions;

namespace ServiceConsole.Domain.Scripts;

/// <summary>
/// Fills the <c>{name}</c> placeholders of a configured sentence in one pass, so a value typed by
/// a person (a hub, a plan) is never read as a template itself. A placeholder left unknown stays
/// visible as <c>{name}</c>: a typo in configuration shows on screen instead of dropping words.
/// </summary>
internal static partial class ScriptTemplate
{
    public static string Render(string template, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var lookup = new Dictionary<string, string>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            lookup[name] = value;
        }

        return Placeholder().Replace(template, m => lookup.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    /// <summary>A configured sentence left blank falls back to the policy wording.</summary>
    public static string Pick(string? configured, string fallback) =>
        string.IsNullOrWhiteSpace(configured) ? fallback : configured;

    [GeneratedRegex(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
