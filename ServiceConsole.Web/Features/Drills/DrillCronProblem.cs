namespace ServiceConsole.Web.Features.Drills;

/// <summary>Why a drill schedule's cron expression cannot be saved; the editor words each in the viewer's language.</summary>
public enum DrillCronProblem
{
    Missing,
    TooLong,

    /// <summary>Quartz cannot parse it; <see cref="DrillCronCheck.Detail"/> holds Quartz's reason.</summary>
    Invalid,

    /// <summary>It parses but never fires again (a year in the past, 30 February).</summary>
    NeverFires,

    /// <summary>It fires again before a drill started by it would have ended.</summary>
    Overlaps,
}
