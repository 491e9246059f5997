using System.Security.Claims;
using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary>
/// Who looks at or acts on a promotion, and what their roles let them do (PRM-03, PRM-05): HR runs the process and sits
/// on the committee with the admins (the centre's customer-service management); the supervision group and integrations
/// read everything; a supervisor reads and first-reviews the applications of the teams they directly supervise; an
/// agent reads their own and the publicities that run.
/// </summary>
public sealed record PromotionViewer(string UserName, string? AgentCode, bool IsHr, bool IsCommittee, bool ReadsAll, bool IsSupervisor)
{
    /// <summary>Whether the viewer sees who filed an objection (HR, the committee, the supervision group).</summary>
    public bool SeesObjectors => ReadsAll;

    public static PromotionViewer FromPrincipal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hr = user.IsInRole(Roles.HR);
        var committee = user.Allows(Policies.DecidePromotions);
        return new PromotionViewer(
            user.Identity?.Name ?? "unknown",
            user.FindFirstValue(ConsoleClaims.AgentCode),
            hr,
            committee,
            hr || committee || user.IsInRole(Roles.Supervision) || user.IsInRole(Roles.Integration),
            user.IsInRole(Roles.Supervisor));
    }
}
