using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Architecture;

/// <summary>
/// Every screen text exists in Chinese (the neutral resx) and English (its .en.resx sibling) with the same keys, no
/// empty value and the same format arguments, so switching language never shows a key, a blank or a
/// <see cref="FormatException"/>. One case per resource file, so a failure names the file.
/// </summary>
public sealed partial class ResourceParityTests
{
    private const string English = "en";

    public static TheoryData<string> NeutralResourceFiles { get; } = [.. FindNeutralResourceFiles()];

    [Fact]
    public void The_web_project_has_resource_files_to_check()
    {
        Assert.NotEmpty(NeutralResourceFiles);
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void The_english_resources_match_the_chinese_ones(string neutralFile)
    {
        var englishFile = Path.ChangeExtension(neutralFile, $".{English}.resx");
        Assert.True(File.Exists(RepositoryFolder.Combine(englishFile)), $"{englishFile} is missing: every text of {neutralFile} needs its English.");

        var chinese = Strings(neutralFile);
        var english = Strings(englishFile);
        var problems = new List<string>();
        problems.AddRange(chinese.Keys.Except(english.Keys).Order(StringComparer.Ordinal).Select(k => $"{k}: only in {neutralFile}"));
        problems.AddRange(english.Keys.Except(chinese.Keys).Order(StringComparer.Ordinal).Select(k => $"{k}: only in {englishFile}"));
        problems.AddRange(chinese.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{e.Key}: empty in {neutralFile}"));
        problems.AddRange(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{e.Key}: empty in {englishFile}"));
        foreach (var key in chinese.Keys.Intersect(english.Keys).Order(StringComparer.Ordinal))
        {
            var (zh, en) = (Placeholders(chinese[key]), Placeholders(english[key]));
            if (!zh.SetEquals(en))
            {
                problems.Add($"{key}: placeholders {Show(zh)} in Chinese but {Show(en)} in English");
            }
        }

        Assert.True(problems.Count == 0, $"{neutralFile} and its English differ:\n{string.Join('\n', problems)}");
    }

    private static IEnumerable<string> FindNeutralResourceFiles() =>
        Directory.EnumerateFiles(RepositoryFolder.Combine("ServiceConsole.Web"), "*.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFolder.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => !IsCultureFile(f))
            .Order(StringComparer.Ordinal);

    /// <summary><c>Name.en.resx</c> or <c>Name.zh-CN.resx</c>: the part before the extension names a culture.</summary>
    private static bool IsCultureFile(string file)
    {
        var suffix = Path.GetExtension(Path.GetFileNameWithoutExtension(file)).TrimStart('.');
        if (suffix.Length == 0)
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(suffix, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The string entries; entries with a type (images, files) have no text to translate.</summary>
    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(RepositoryFolder.Combine(file)).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null && d.Attribute("mimetype") is null)
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>The argument indexes a composite format uses: <c>{0}</c>, <c>{1:N0}</c>, <c>{2,-8}</c>; escaped braces are text.</summary>
    private static HashSet<int> Placeholders(string value) =>
        [.. Placeholder().Matches(value.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture))];

    private static string Show(HashSet<int> indexes) =>
        indexes.Count == 0 ? "none" : string.Join(' ', indexes.Order().Select(i => $"{{{i}}}"));

    [GeneratedRegex(@"\{(?<index>\d+)\s*(,\s*-?\d+\s*)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
