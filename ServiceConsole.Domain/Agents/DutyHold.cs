namespace ServiceConsole.Domain.Agents;

/// <summary>
/// Why an agent may not go on duty, whatever a supervisor sets: routing never offers a held agent a contact or a
/// complaint, and the status stays in-training or suspended until the hold is released.
/// </summary>
public enum DutyHold
{
    /// <summary>Nothing keeps the agent off duty.</summary>
    None,

    /// <summary>TRN-01: a new agent until the day-7 exam is passed.</summary>
    Onboarding,

    /// <summary>TRN-05 / SVC-11: remedial or service-norm training, until it is passed.</summary>
    Training,

    /// <summary>TRN-06 / SVC-11: suspended from duty, until the end of the suspension or a decision.</summary>
    Suspension
}
