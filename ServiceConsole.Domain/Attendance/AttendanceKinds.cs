using System.Text;

namespace ServiceConsole.Domain.Attendance;

/// <summary>Whether a time-clock punch starts or ends the working day.</summary>
public enum PunchKind
{
    In,
    Out,
}

/// <summary>Where a punch came from: a clock device through the API, or a supervisor's correction.</summary>
public enum PunchSource
{
    Clock,
    Correction,
}

/// <summary>GEN-03: the kinds of leave that excuse a day (病假, 事假, 婚假, 产假).</summary>
public enum LeaveKind
{
    Sick,
    Personal,
    Marriage,
    Maternity,
}

/// <summary>Where a leave request stands.</summary>
public enum LeaveStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>GEN-02: the day kinds that set the overtime multiplier.</summary>
public enum OvertimeDayKind
{
    Workday,
    RestDay,
    Holiday,
}

/// <summary>GEN-02: how approved overtime is compensated: pay, or time off in lieu for an agent with a position allowance.</summary>
public enum OvertimeCompensation
{
    Pay,
    TimeOffInLieu,
}

/// <summary>How one day of an agent's attendance was classified (GEN-01, GEN-03…05).</summary>
public enum DayStatus
{
    /// <summary>The shift has not started yet (or its punches cannot be judged yet).</summary>
    Upcoming,

    /// <summary>
    /// Before attendance was tracked (<see cref="Policy.GeneralOptions.AttendanceTrackedFrom"/>, or the first punch the
    /// console received): no record exists, so the day is neither worked nor absent.
    /// </summary>
    NotTracked,

    /// <summary>The shift is running and the clock-in was on time.</summary>
    Working,
    OnTime,

    /// <summary>GEN-03: clocked in after the start, up to the late grace.</summary>
    Late,

    /// <summary>GEN-03: clocked out before the end, up to the early-leave grace.</summary>
    EarlyLeave,

    /// <summary>GEN-03: both late and early leave within their graces.</summary>
    LateAndEarlyLeave,

    /// <summary>GEN-03/05: beyond either grace (or no punch at all) without approved leave.</summary>
    Absent,

    /// <summary>One of the two punches is missing; a supervisor corrects it.</summary>
    MissingPunch,

    /// <summary>Approved leave covers the day.</summary>
    Leave,

    /// <summary>GEN-01: a weekly rest day (or a roster's day off).</summary>
    RestDay,

    /// <summary>GEN-01: a public holiday.</summary>
    Holiday,
}

/// <summary>The lower-case, hyphenated wire names of the attendance enums (<c>late-and-early-leave</c>, <c>time-off-in-lieu</c>).</summary>
public static class AttendanceWire
{
    public static string ToWire<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static bool TryParse<T>(string? wire, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(ToWire(candidate), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>The rule IDs the attendance figures name.</summary>
public static class AttendanceRuleIds
{
    public const string WorkingTime = "GEN-01";
    public const string Overtime = "GEN-02";
    public const string LateEarlyAbsence = "GEN-03";
    public const string Tolerance = "GEN-04";
    public const string AbsenceDeduction = "GEN-05";
}
