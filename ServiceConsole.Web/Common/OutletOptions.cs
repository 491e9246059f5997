namespace ServiceConsole.Web.Common;

/// <summary>
/// How outlet codes read as names (section <c>ServiceConsole:Outlets</c>). A code is <c>{city}-{district}-{number}</c>
/// (<c>HZ-XH-01</c>); an outlet named in <see cref="Names"/> reads as given, any other from its city and district.
/// </summary>
public sealed class OutletOptions
{
    public const string SectionName = "ServiceConsole:Outlets";

    /// <summary>Outlets by code with their own names, e.g. <c>"HZ-XH-01": "杭州西湖文三路网点"</c>.</summary>
    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>City codes and their names.</summary>
    public Dictionary<string, string> Cities { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HZ"] = "杭州", ["SH"] = "上海", ["NJ"] = "南京", ["SZ"] = "深圳", ["GZ"] = "广州", ["BJ"] = "北京", ["CD"] = "成都", ["WH"] = "武汉",
    };

    /// <summary>District codes and their names.</summary>
    public Dictionary<string, string> Districts { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["XH"] = "西湖", ["BJ"] = "滨江", ["GS"] = "拱墅", ["SC"] = "上城", ["YH"] = "越秀", ["PD"] = "浦东", ["MH"] = "闵行", ["JN"] = "江宁",
    };
}
