namespace ServiceConsole.Domain.Scripts;

/// <summary>Settings of the service scripts and checklists (section <c>Policy:Scripts</c>).</summary>
public sealed class ScriptOptions
{
    public const string SectionName = "Policy:Scripts";

    /// <summary>
    /// SVC-06: the default prohibited-items list (禁寄物品), matched as words contained in the item type.
    /// </summary>
    public static IReadOnlyList<string> DefaultProhibitedItems { get; } =
    [
        "枪支", "弹药", "管制刀具", "爆炸物", "烟花爆竹", "易燃", "易爆", "汽油", "酒精",
        "毒品", "放射性", "腐蚀性", "剧毒", "活体动物", "现金", "假币",
    ];

    /// <summary>
    /// A configured list replaces the default one. Null or empty keeps the default, because the
    /// configuration binder appends to an initialised array instead of replacing it.
    /// </summary>
    public string[]? ProhibitedItems { get; set; }

    public IReadOnlyList<string> EffectiveProhibitedItems =>
        ProhibitedItems is { Length: > 0 } configured
            ? [.. configured.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => item.Trim())]
            : DefaultProhibitedItems;
}
