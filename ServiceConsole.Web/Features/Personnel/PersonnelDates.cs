using System.Globalization;

namespace ServiceConsole.Web.Features.Personnel;

/// <summary>The personnel screens' dates: shown and typed as <c>yyyy-MM-dd</c> (the browser's date input).</summary>
internal static class PersonnelDates
{
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
