using MudBlazor;

namespace ServiceConsole.Web.Components.Layout;

/// <summary>One calm palette for screens watched all shift; fonts fall back to Noto CJK for Chinese.</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#0f7b6c",
            AppbarBackground = "#1f4e79",
            Background = "#f4f6f9",
            Warning = "#c77700",
            Error = "#c62828",
            Success = "#2e7d32",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
            },
        },
    };
}
