namespace ServiceConsole.Domain.Assessment;

/// <summary>Where one agent's month stands (<c>awaiting-attitude</c>, <c>provisional</c>, <c>assessed</c> on the wire).</summary>
public enum AssessmentStatus
{
    /// <summary>
    /// The computed parts are in, the supervisor has not scored attitude yet: no score, no grade, no consequence. The
    /// month is completed the moment the attitude score arrives.
    /// </summary>
    AwaitingAttitude,

    /// <summary>Scored from the month so far (a run before the month's assessment time): no consequence is applied yet.</summary>
    Provisional,

    /// <summary>Scored on or after the last working day's assessment time (TRN-03): the grade's consequences apply.</summary>
    Assessed
}
