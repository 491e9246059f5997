namespace ServiceConsole.Web.Features.Users;

/// <summary>A new account: a personal login (INF-06), the name screens show, its roles, the agent it works as (Agent role) and an initial password.</summary>
public sealed record UserCreateRequest(string? Login, string? DisplayName, IReadOnlyList<string>? Roles, string? AgentCode, string? Password);

/// <summary>What an admin may change on an account: the name screens show, its roles and its agent.</summary>
public sealed record UserUpdateRequest(string? DisplayName, IReadOnlyList<string>? Roles, string? AgentCode);

/// <summary>A temporary password the admin hands to the user, who must change it (INF-06).</summary>
public sealed record PasswordResetRequest(string? Password);
