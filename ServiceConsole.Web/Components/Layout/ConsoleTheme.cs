using MudBlazor;

namespace ServiceConsole.Web.Components.Layout;

/// <summary>
/// One calm palette for screens watched all shift, light by default and dark on request (the top bar's switch); fonts
/// fall back to Noto CJK for Chinese. The console's own sheets take the same colours from the variables in console.css.
/// </summary>
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
        PaletteDark = new PaletteDark
        {
            // Light accents on a dark surface carry dark text (Material's dark-theme rule), so filled buttons and
            // chips keep their contrast.
            Primary = "#8cc0f0",
            PrimaryContrastText = "#0b1a2a",
            Secondary = "#5fc4b4",
            SecondaryContrastText = "#06201c",
            AppbarBackground = "#14283d",
            AppbarText = "#e4e9ef",
            Background = "#0f141a",
            Surface = "#19212b",
            DrawerBackground = "#19212b",
            TextPrimary = "#e4e9ef",
            TextSecondary = "#9aa7b5",
            ActionDefault = "#c5cfda",
            LinesDefault = "#2e3a48",
            LinesInputs = "#3e4b5a",
            TableLines = "#2e3a48",
            Divider = "#2e3a48",
            Warning = "#f2b44a",
            WarningContrastText = "#241800",
            Error = "#ff7b70",
            ErrorContrastText = "#2a0806",
            Success = "#7fd69b",
            SuccessContrastText = "#0b2414",
            Info = "#7fb8ee",
            InfoContrastText = "#0b1a2a",
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
