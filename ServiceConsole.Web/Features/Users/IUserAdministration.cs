using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Users;

/// <summary>The admin's account management (INF-06): create, change, disable and enable accounts, and reset a password.</summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserResource>> ListAsync(CancellationToken cancellationToken = default);

    Task<UserResource?> FindAsync(string login, CancellationToken cancellationToken = default);

    /// <summary>The agent codes an Agent account may work as.</summary>
    Task<IReadOnlyList<string>> AgentCodesAsync(CancellationToken cancellationToken = default);

    Task<OperationResult<UserResource>> CreateAsync(UserCreateRequest request, Actor admin, CancellationToken cancellationToken = default);

    Task<OperationResult<UserResource>> UpdateAsync(string login, UserUpdateRequest request, Actor admin, CancellationToken cancellationToken = default);

    Task<OperationResult<UserResource>> DisableAsync(string login, Actor admin, CancellationToken cancellationToken = default);

    Task<OperationResult<UserResource>> EnableAsync(string login, Actor admin, CancellationToken cancellationToken = default);

    Task<OperationResult<UserResource>> ResetPasswordAsync(string login, PasswordResetRequest request, Actor admin, CancellationToken cancellationToken = default);
}
