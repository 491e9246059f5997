using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>How the attendance screens word a day: its status, the figure's rule for the tooltip, money and times.</summary>
public static class AttendanceLabels
{
    public static string Status(IStringLocalizer<AttendanceResource> l, string status)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[$"Status_{status}"];
    }

    /// <summary>One or two characters for a month grid's cell.</summary>
    public static string Short(IStringLocalizer<AttendanceResource> l, string status)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[$"Short_{status}"];
    }

    public static string Leave(IStringLocalizer<AttendanceResource> l, string kind)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[$"Leave_{kind}"];
    }

    public static string LeaveStatus(IStringLocalizer<AttendanceResource> l, string status)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[$"LeaveStatus_{status}"];
    }

    public static string DayKind(IStringLocalizer<AttendanceResource> l, string kind)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[$"DayKind_{kind}"];
    }

    /// <summary>The tooltip of a day: the rule and what it decided (the rule ID stays in the tooltip).</summary>
    public static string Tip(IStringLocalizer<AttendanceResource> l, AttendanceDayResource day)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(day);
        var parts = new List<string> { $"{day.RuleId} · {Status(l, day.Status)}" };
        if (day.MinutesLate > 0)
        {
            parts.Add(l["TipLate", day.MinutesLate]);
        }

        if (day.MinutesEarly > 0)
        {
            parts.Add(l["TipEarly", day.MinutesEarly]);
        }

        if (day.ToleratedLate)
        {
            parts.Add(l["TipTolerated"]);
        }
        else if (day.CountedLate)
        {
            parts.Add(l["TipCounted"]);
        }

        if (day.AbsenceUnits > 0)
        {
            parts.Add(l["TipUnits", day.AbsenceUnits]);
        }

        if (day.AbsenceLimitReached)
        {
            parts.Add(l["TipLimit"]);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>A yuan amount, or "unknown" when a deduction is due without a pay profile.</summary>
    public static string Money(IStringLocalizer<AttendanceResource> l, decimal? amount)
    {
        ArgumentNullException.ThrowIfNull(l);
        return amount is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : l["Unknown"];
    }

    /// <summary>A punch's time of day in the centre's zone.</summary>
    public static string Time(DateTimeOffset at, TimeZoneInfo centre) =>
        TimeZoneInfo.ConvertTime(at, centre).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static bool IsException(AttendanceDayResource day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return AttendanceService.IsException(day.Status);
    }
}
