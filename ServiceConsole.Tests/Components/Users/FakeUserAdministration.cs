using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Users;

namespace ServiceConsole.Tests.Components.Users;

/// <summary>Holds accounts in memory and records what the accounts screen asked for.</summary>
internal sealed class FakeUserAdministration : IUserAdministration
{
    public List<UserResource> Users { get; } = [];

    public List<(string Action, string Login, string Actor)> Calls { get; } = [];

    public Func<UserCreateRequest, OperationResult<UserResource>>? CreateResult { get; set; }

    public Task<IReadOnlyList<UserResource>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserResource>>([.. Users]);

    public Task<UserResource?> FindAsync(string login, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.FirstOrDefault(u => u.Login == login));

    public Task<IReadOnlyList<string>> AgentCodesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(["A001", "A002"]);

    public Task<OperationResult<UserResource>> CreateAsync(UserCreateRequest request, Actor admin, CancellationToken cancellationToken = default)
    {
        Calls.Add(("create", request.Login ?? "", admin.Name));
        return Task.FromResult(CreateResult?.Invoke(request) ?? OperationResult<UserResource>.Created(
            new UserResource(request.Login!, request.DisplayName!, request.Roles ?? [], request.AgentCode, UserStatus.Active, null, 0, null)));
    }

    public Task<OperationResult<UserResource>> UpdateAsync(string login, UserUpdateRequest request, Actor admin, CancellationToken cancellationToken = default) =>
        Change("update", login, admin, u => u with { DisplayName = request.DisplayName!, Roles = request.Roles ?? [], AgentCode = request.AgentCode });

    public Task<OperationResult<UserResource>> DisableAsync(string login, Actor admin, CancellationToken cancellationToken = default) =>
        Change("disable", login, admin, u => u with { Status = UserStatus.Disabled });

    public Task<OperationResult<UserResource>> EnableAsync(string login, Actor admin, CancellationToken cancellationToken = default) =>
        Change("enable", login, admin, u => u with { Status = UserStatus.Active, LockedUntil = null });

    public Task<OperationResult<UserResource>> ResetPasswordAsync(string login, PasswordResetRequest request, Actor admin, CancellationToken cancellationToken = default) =>
        Change("reset", login, admin, u => u);

    private Task<OperationResult<UserResource>> Change(string action, string login, Actor admin, Func<UserResource, UserResource> apply)
    {
        Calls.Add((action, login, admin.Name));
        var index = Users.FindIndex(u => u.Login == login);
        Users[index] = apply(Users[index]);
        return Task.FromResult(OperationResult<UserResource>.Ok(Users[index]));
    }
}
