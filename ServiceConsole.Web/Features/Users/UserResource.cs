namespace ServiceConsole.Web.Features.Users;

/// <summary>
/// An account as the admin sees it; never a password hash or a security stamp. <see cref="Status"/> is <c>active</c>,
/// <c>locked</c> (too many failed sign-ins, until <see cref="LockedUntil"/>) or <c>disabled</c> (by an admin, until enabled).
/// </summary>
public sealed record UserResource(
    string Login,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? AgentCode,
    string Status,
    DateTimeOffset? LockedUntil,
    int FailedSignIns,
    DateTimeOffset? LastSignInAt);

/// <summary>The wire names of <see cref="UserResource.Status"/>.</summary>
public static class UserStatus
{
    public const string Active = "active";
    public const string Locked = "locked";
    public const string Disabled = "disabled";
}
