using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Users;

/// <summary>A new account: a personal login (INF-06), the name screens show, its roles, the agent it works as (Agent role) and an initial password.</summary>
/// <param name="Login">3 to 64 letters, digits, '.', '_' or '-'; not taken (every account is personal, INF-06).</param>
/// <param name="DisplayName">The name screens show.</param>
/// <param name="Roles">At least one role.</param>
/// <param name="AgentCode">The agent the account works as: required when <c>roles</c> holds Agent; an existing agent without another account.</param>
/// <param name="Password">The initial password; it must satisfy the password rules (the 400 names those it breaks).</param>
public sealed record UserCreateRequest(
    [Required, StringLength(64, MinimumLength = 3), RegularExpression("^[A-Za-z0-9._-]{3,64}$")] string? Login,
    [Required, StringLength(100)] string? DisplayName,
    [Required, MinLength(1), AllowedValues(Auth.Roles.Supervisor, Auth.Roles.Agent, Auth.Roles.Coordinator, Auth.Roles.Trainer, Auth.Roles.ComplaintSpecialist, Auth.Roles.HR, Auth.Roles.Admin, Auth.Roles.Supervision)] IReadOnlyList<string>? Roles,
    string? AgentCode,
    [Required] string? Password);

/// <summary>What an admin may change on an account: the name screens show, its roles and its agent.</summary>
/// <param name="DisplayName">The name screens show.</param>
/// <param name="Roles">At least one role; an admin cannot take Admin from their own account.</param>
/// <param name="AgentCode">The agent the account works as: required when <c>roles</c> holds Agent; left out, the account works as no agent.</param>
public sealed record UserUpdateRequest(
    [Required, StringLength(100)] string? DisplayName,
    [Required, MinLength(1), AllowedValues(Auth.Roles.Supervisor, Auth.Roles.Agent, Auth.Roles.Coordinator, Auth.Roles.Trainer, Auth.Roles.ComplaintSpecialist, Auth.Roles.HR, Auth.Roles.Admin, Auth.Roles.Supervision)] IReadOnlyList<string>? Roles,
    string? AgentCode);

/// <summary>A temporary password the admin hands to the user, who must change it (INF-06).</summary>
/// <param name="Password">It must satisfy the password rules (the 400 names those it breaks).</param>
public sealed record PasswordResetRequest([Required] string? Password);
