using Microsoft.Extensions.Localization;

namespace ServiceConsole.Web.Common;

/// <summary>
/// Who did something, in words a person reads: a colleague by display name, the console itself, an integration or a
/// drill by what they are; a login or code appears only when nobody by that name is known.
/// </summary>
public static class StaffLabels
{
    /// <summary>The actor name drills record their simulated work under.</summary>
    public const string DrillActor = "drill";

    /// <summary>
    /// The label of <paramref name="actor"/>; <paramref name="l"/> supplies <c>Actor_System</c>, <c>Actor_Integration</c>,
    /// <c>Actor_Drill</c> and <c>Actor_Nobody</c> (the shared resource has them).
    /// </summary>
    public static string Label(this IStaffDirectory staff, string? actor, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(l);
        if (actor == DrillActor)
        {
            return l["Actor_Drill"];
        }

        return StaffDirectory.KindOf(actor) switch
        {
            StaffKind.Nobody => l["Actor_Nobody"],
            StaffKind.System => l["Actor_System"],
            StaffKind.Integration => l["Actor_Integration"],
            _ => staff.NameOf(actor!),
        };
    }
}
