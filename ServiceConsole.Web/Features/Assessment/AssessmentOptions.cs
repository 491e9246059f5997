namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// When the console runs the monthly assessment (section <c>ServiceConsole:Assessment</c>). The day is policy (TRN-03:
/// the last working day of the month, GEN-01 working days under <c>Policy:General</c>); the hour is the console's.
/// </summary>
public sealed class AssessmentOptions
{
    public const string SectionName = "ServiceConsole:Assessment";

    /// <summary>The time of day, in the centre's time zone, at which the last working day's assessment runs (<c>HH:mm</c>): after the day's work.</summary>
    public string RunAt { get; set; } = "20:00";

    /// <summary>How many months the KPI trend charts and the grade history go back, this month included.</summary>
    public int TrendMonths { get; set; } = 12;

    /// <summary><see cref="RunAt"/> read as a time of day; the options are validated at start-up, so a bad value never gets here.</summary>
    public TimeOnly RunAtTime => TryParseTime(RunAt, out var time) ? time : throw new InvalidOperationException($"{SectionName}:RunAt is not HH:mm.");

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out time);
}
