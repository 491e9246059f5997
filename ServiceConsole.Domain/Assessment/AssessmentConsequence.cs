namespace ServiceConsole.Domain.Assessment;

/// <summary>What a monthly grade leads to (TRN-05, TRN-06); <c>excellent-bonus</c> … on the wire.</summary>
public enum AssessmentConsequence
{
    /// <summary>TRN-05 excellent: the excellent bonus (300 yuan by default) and priority for promotion.</summary>
    ExcellentBonus,

    /// <summary>TRN-05 qualified: the base bonus; POLICY.md names no amount, so the console pays none itself.</summary>
    BaseBonus,

    /// <summary>TRN-05 failed: no bonus, the remedial training (3 days by default) whose result is the re-assessment.</summary>
    RemedialTraining,

    /// <summary>
    /// TRN-06: failed for the configured number of months in a row: the remedial training as for any failed month, and a
    /// termination proposal for HR to decide.
    /// </summary>
    TerminationProposal
}
