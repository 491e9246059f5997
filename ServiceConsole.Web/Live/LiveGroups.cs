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

    public static string Agent(string agentCode) => $"agent:{agentCode}";

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
