using System.Globalization;

namespace ServiceConsole.Web.Components;

/// <summary>
/// The text of a countdown, the same on the server's first render and in countdown.js:
/// "9s", "4:05", "3:12:40", overdue with a leading minus ("-2s").
/// </summary>
public static class CountdownText
{
    public static string Format(TimeSpan remaining)
    {
        // Whole seconds, rounded up while running so "0s" means due now, as the browser shows it.
        var seconds = remaining >= TimeSpan.Zero
            ? (long)Math.Ceiling(remaining.TotalSeconds)
            : (long)Math.Floor(remaining.TotalSeconds);
        var sign = seconds < 0 ? "-" : "";
        var abs = Math.Abs(seconds);
        var h = abs / 3600;
        var m = abs % 3600 / 60;
        var s = abs % 60;
        return h > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{h}:{m:00}:{s:00}")
            : m > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{sign}{m}:{s:00}")
                : string.Create(CultureInfo.InvariantCulture, $"{sign}{s}s");
    }
}
