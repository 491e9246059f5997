namespace ServiceConsole.Web.Auth;

/// <summary>The console's roles; an integration calling with the API key acts as <see cref="Integration"/>.</summary>
public static class Roles
{
    public const string Supervisor = "Supervisor";
    public const string Agent = "Agent";
    public const string Coordinator = "Coordinator";
    public const string Trainer = "Trainer";
    public const string ComplaintSpecialist = "ComplaintSpecialist";
    public const string HR = "HR";
    public const string Admin = "Admin";

    /// <summary>PRM-05: the supervision group (监察组), who read every step of the promotion process and audit it; read-only.</summary>
    public const string Supervision = "Supervision";
    public const string Integration = "Integration";

    public static readonly IReadOnlyList<string> All =
        [Supervisor, Agent, Coordinator, Trainer, ComplaintSpecialist, HR, Admin, Supervision];
}
