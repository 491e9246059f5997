namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-03: the emergency team of a mass complaint: a dedicated agent (by agent code), a complaint
/// specialist (by code) and the head of the outlet concerned (by name, outlet heads have no
/// console login). Three different people; every name trimmed and at most <see cref="MaxLength"/>
/// characters, so the team prints on one line of the coordinator screen.
/// </summary>
public sealed record EmergencyTeam
{
    public const int MaxLength = 50;

    public EmergencyTeam(string agentCode, string specialistCode, string outletHeadName)
    {
        AgentCode = Required(agentCode, nameof(agentCode));
        SpecialistCode = Required(specialistCode, nameof(specialistCode));
        OutletHeadName = Required(outletHeadName, nameof(outletHeadName));
        if (string.Equals(AgentCode, SpecialistCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                "The dedicated agent and the complaint specialist must be two people (EMG-03).", nameof(specialistCode));
        }
    }

    /// <summary>The agent who takes the calls and chats of this incident (EMG-04).</summary>
    public string AgentCode { get; }

    /// <summary>The complaint specialist who verifies and decides (CMP-04).</summary>
    public string SpecialistCode { get; }

    /// <summary>The outlet head who answers for the outlet.</summary>
    public string OutletHeadName { get; }

    private static string Required(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The emergency team needs '{paramName}' (EMG-03).", paramName);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaxLength)
        {
            throw new ArgumentException($"'{paramName}' must be at most {MaxLength} characters.", paramName);
        }

        return trimmed;
    }
}
