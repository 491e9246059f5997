namespace ServiceConsole.Web.Live;

/// <summary>
/// Who receives what on the hub. Supervisors, admins and integrations receive every change; coordinators and
/// complaint specialists complaints, incidents and alerts; an agent only what touches their own work; and
/// every screen receives mode changes and notices (EMG-07).
/// </summary>
public static class LiveGroups
{
    public const string Supervisors = "supervisors";
    public const string Coordinators = "coordinators";

    /// <summary>An integration configured as a trusted system (<c>ServiceConsole:Ingest:FullAccess</c>): customers in clear.</summary>
    public const string Trusted = "trusted";

    public static string Agent(string agentCode) => $"agent:{agentCode}";

    /// <summary>
    /// INF-07 on the hub: the groups that receive a change with its customer masked — supervisors, optionally
    /// coordinators, and every given agent except <paramref name="owner"/>, whose work it is and who receives it in clear.
    /// </summary>
    public static IReadOnlyList<string> Masked(IEnumerable<string> agentCodes, string? owner, bool coordinators = false) =>
        For(agentCodes.Where(code => code != owner), coordinators);

    /// <summary>The groups that receive a change with its customer in clear: its owner and trusted integrations.</summary>
    public static IReadOnlyList<string> InClear(string? owner) => owner is null ? [Trusted] : [Trusted, Agent(owner)];

    /// <summary>The groups of a change that supervisors, the given agents and, optionally, coordinators receive.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> agentCodes, bool coordinators = false)
    {
        ArgumentNullException.ThrowIfNull(agentCodes);
        var groups = new List<string> { Supervisors };
        if (coordinators)
        {
            groups.Add(Coordinators);
        }

        groups.AddRange(agentCodes.Select(Agent));
        return groups;
    }
}
