using Microsoft.Extensions.Options;

namespace ServiceConsole.Web.Common;

/// <summary>Reads an outlet's code as its name, so people see "杭州西湖 01 网点" beside <c>HZ-XH-01</c>.</summary>
public sealed class OutletDirectory(IOptions<OutletOptions> options)
{
    /// <summary>The outlet's name, or null when its code says nothing known.</summary>
    public string? NameOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var outlets = options.Value;
        if (outlets.Names.TryGetValue(code, out var named))
        {
            return named;
        }

        var parts = code.Split('-');
        return parts.Length == 3 && outlets.Cities.TryGetValue(parts[0], out var city) && outlets.Districts.TryGetValue(parts[1], out var district)
            ? $"{city}{district} {parts[2]} 网点"
            : null;
    }

    /// <summary>The name with the code after it, or the code alone when no name is known.</summary>
    public string Describe(string? code) => NameOf(code) is { } name ? $"{name} · {code}" : code ?? "";
}
