using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>Who sees the drills (the people a drill rehearses with) and who schedules and runs them (EMG-05).</summary>
public static class DrillRoles
{
    public const string View = $"{Roles.Trainer},{Roles.Admin},{Roles.Coordinator},{Roles.Supervisor}";

    public static readonly IReadOnlyList<string> Edit = [Roles.Trainer, Roles.Admin];
}
