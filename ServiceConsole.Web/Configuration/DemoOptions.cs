namespace ServiceConsole.Web.Configuration;

/// <summary>The demo organisation and its simulated traffic (section <c>ServiceConsole:Demo</c>).</summary>
public sealed class DemoOptions
{
    /// <summary>The documented password of every demo login; refused in Production.</summary>
    public const string DefaultPassword = "Demo@2026";

    public bool Enabled { get; set; }

    public string Password { get; set; } = DefaultPassword;

    /// <summary>Simulated contacts per minute; 0 turns the simulator off.</summary>
    public int TrafficPerMinute { get; set; } = 120;

    /// <summary>
    /// Share of simulated contacts in which the customer complains and the agent registers it: at the default traffic
    /// about one complaint a minute, which the simulated staff carry to a close as fast as they come, so the open
    /// complaints stay in a steady band.
    /// </summary>
    public double ComplaintShare { get; set; } = 0.008;

    /// <summary>Agents worked by a person signed in to the demo (the <c>agent</c> login is A001): the simulator leaves their contacts and complaints alone.</summary>
    /// <remarks>Null means the default A001; a configured list replaces it (the binder would append to a pre-filled array).</remarks>
    public string[]? HumanAgentCodes { get; set; }

    public IReadOnlyCollection<string> HumanAgents => HumanAgentCodes ?? ["A001"];

    /// <summary>Seed of the simulator's random generator, so a demo can be replayed.</summary>
    public int? Seed { get; set; }

    /// <summary>How the simulated agents answer and close contacts.</summary>
    public DemoContactOptions Contacts { get; set; } = new();

    /// <summary>How the simulated agents and specialists carry complaints to a close.</summary>
    public DemoComplaintOptions Complaints { get; set; } = new();
}
