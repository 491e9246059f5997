using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Users;

/// <summary>
/// INF-06 account management through ASP.NET Core Identity (its own store and validators, not the domain's write gate:
/// accounts are not part of any contact or complaint decision). Disabling sets the lockout end to the far future and
/// renews the security stamp, so every session of the account is refused at its next re-validation; enabling clears
/// it. Every change is one audit row (<see cref="AuditActions.AccountChange"/>) with what changed, never a password.
/// </summary>
public sealed partial class UserAdministration(
    UserManager<ConsoleUser> users,
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IAuditTrail audit,
    TimeProvider time) : IUserAdministration
{
    /// <summary>The lockout end that marks an account disabled by an admin, as opposed to locked by failed sign-ins.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<UserResource>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(db, null, cancellationToken);
        var list = new List<UserResource>(accounts.Count);
        foreach (var account in accounts)
        {
            list.Add(await ToResourceAsync(account, roles.GetValueOrDefault(account.Id, []), cancellationToken));
        }

        return [.. list.OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ThenBy(u => u.Login, StringComparer.Ordinal)];
    }

    public async Task<UserResource?> FindAsync(string login, CancellationToken cancellationToken = default)
    {
        var account = await users.FindByNameAsync(login);
        return account is null ? null : await ToResourceAsync(account, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> AgentCodesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Agents.AsNoTracking().OrderBy(a => a.Code).Select(a => a.Code).ToListAsync(cancellationToken);
    }

    public async Task<OperationResult<UserResource>> CreateAsync(UserCreateRequest request, Actor admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admin);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Login))
        {
            errors.Add("login", "login is required.");
        }
        else if (!LoginPattern().IsMatch(request.Login))
        {
            errors.Add("login", "login is 3 to 64 letters, digits, '.', '_' or '-'.");
        }
        else if (await users.FindByNameAsync(request.Login) is not null)
        {
            errors.Add("login", "This login is taken; every account is personal (INF-06).");
        }

        var (roles, agentCode) = await CheckProfileAsync(errors, request.DisplayName, request.Roles, request.AgentCode, request.Login, cancellationToken);
        var account = new ConsoleUser { UserName = request.Login, DisplayName = request.DisplayName?.Trim() ?? "", AgentCode = agentCode };
        await CheckPasswordAsync(errors, account, request.Password);
        if (errors.Any)
        {
            return OperationResult<UserResource>.Invalid(errors.ToDictionary());
        }

        var created = await users.CreateAsync(account, request.Password!);
        if (!created.Succeeded)
        {
            return Invalid(created, "login");
        }

        await users.AddToRolesAsync(account, roles);
        await RecordAsync(admin, account, $"created: roles={string.Join(',', roles)} agent={agentCode ?? "-"}", cancellationToken);
        return OperationResult<UserResource>.Created(await ToResourceAsync(account, cancellationToken));
    }

    public async Task<OperationResult<UserResource>> UpdateAsync(
        string login, UserUpdateRequest request, Actor admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admin);
        if (await users.FindByNameAsync(login) is not { } account)
        {
            return NotFound(login);
        }

        var errors = new ValidationErrors();
        var (roles, agentCode) = await CheckProfileAsync(errors, request.DisplayName, request.Roles, request.AgentCode, account.UserName, cancellationToken);
        if (IsSelf(admin, account) && !roles.Contains(Roles.Admin))
        {
            errors.Add("roles", "An admin cannot take the Admin role from their own account.");
        }

        if (errors.Any)
        {
            return OperationResult<UserResource>.Invalid(errors.ToDictionary());
        }

        var current = await users.GetRolesAsync(account);
        account.DisplayName = request.DisplayName!.Trim();
        account.AgentCode = agentCode;
        await users.UpdateAsync(account);
        await users.RemoveFromRolesAsync(account, current.Except(roles, StringComparer.Ordinal));
        await users.AddToRolesAsync(account, roles.Except(current, StringComparer.Ordinal));
        if (!current.Order(StringComparer.Ordinal).SequenceEqual(roles.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            // New roles take effect at the next sign-in or re-validation, not only when the cookie expires.
            await users.UpdateSecurityStampAsync(account);
        }

        await RecordAsync(admin, account, $"updated: roles={string.Join(',', roles)} agent={agentCode ?? "-"}", cancellationToken);
        return OperationResult<UserResource>.Ok(await ToResourceAsync(account, cancellationToken));
    }

    public async Task<OperationResult<UserResource>> DisableAsync(string login, Actor admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (await users.FindByNameAsync(login) is not { } account)
        {
            return NotFound(login);
        }

        if (IsSelf(admin, account))
        {
            return OperationResult<UserResource>.Conflict("An admin cannot disable their own account.");
        }

        await users.SetLockoutEnabledAsync(account, true);
        await users.SetLockoutEndDateAsync(account, DisabledUntil);
        // Every cookie of the account carries the old stamp and is refused at its next re-validation.
        await users.UpdateSecurityStampAsync(account);
        await RecordAsync(admin, account, "disabled", cancellationToken);
        return OperationResult<UserResource>.Ok(await ToResourceAsync(account, cancellationToken));
    }

    public async Task<OperationResult<UserResource>> EnableAsync(string login, Actor admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (await users.FindByNameAsync(login) is not { } account)
        {
            return NotFound(login);
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        await RecordAsync(admin, account, "enabled", cancellationToken);
        return OperationResult<UserResource>.Ok(await ToResourceAsync(account, cancellationToken));
    }

    public async Task<OperationResult<UserResource>> ResetPasswordAsync(
        string login, PasswordResetRequest request, Actor admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(admin);
        if (await users.FindByNameAsync(login) is not { } account)
        {
            return NotFound(login);
        }

        var errors = new ValidationErrors();
        await CheckPasswordAsync(errors, account, request.Password);
        if (errors.Any)
        {
            return OperationResult<UserResource>.Invalid(errors.ToDictionary());
        }

        // Checked above, so the account is never left without a password. Both calls renew the security stamp: the
        // sessions signed in with the old password end at their next re-validation.
        // INF-06: the admin knows a temporary password, so its owner must choose their own at the next sign-in.
        account.PasswordChangedAt = null;
        await users.RemovePasswordAsync(account);
        var added = await users.AddPasswordAsync(account, request.Password!);
        if (!added.Succeeded)
        {
            return Invalid(added, "password");
        }

        // A lockout from failed sign-ins is lifted with the new password; a disabled account stays disabled.
        if (account.LockoutEnd is { } end && end < DisabledUntil)
        {
            await users.SetLockoutEndDateAsync(account, null);
        }

        await users.ResetAccessFailedCountAsync(account);
        await RecordAsync(admin, account, "password reset: temporary password set, change required", cancellationToken);
        return OperationResult<UserResource>.Ok(await ToResourceAsync(account, cancellationToken));
    }

    /// <summary>Display name, roles and agent code, shared by create and update; returns the roles and agent to store.</summary>
    private async Task<(List<string> Roles, string? AgentCode)> CheckProfileAsync(
        ValidationErrors errors, string? displayName, IReadOnlyList<string>? requestedRoles, string? requestedAgent, string? login,
        CancellationToken cancellationToken)
    {
        errors.Required("displayName", displayName, 100);
        var roles = (requestedRoles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            errors.Add("roles", "roles must name at least one role.");
        }

        foreach (var unknown in roles.Where(r => !Roles.All.Contains(r)))
        {
            errors.Add("roles", $"{ValidationErrors.Echo(unknown)} is not a role; roles are {string.Join(", ", Roles.All)}.");
        }

        var agentCode = string.IsNullOrWhiteSpace(requestedAgent) ? null : requestedAgent.Trim().ToUpperInvariant();
        if (agentCode is null)
        {
            if (roles.Contains(Roles.Agent))
            {
                errors.Add("agentCode", "An Agent account needs the agent code it works as.");
            }

            return (roles, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
        {
            errors.Add("agentCode", $"There is no agent {agentCode}.");
        }
        else if (await db.Users.Where(u => u.AgentCode == agentCode && u.UserName != login).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken) is { } holder)
        {
            errors.Add("agentCode", $"Agent {agentCode} already has the account '{holder}'; accounts are never shared (INF-06).");
        }

        return (roles, agentCode);
    }

    private async Task CheckPasswordAsync(ValidationErrors errors, ConsoleUser account, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("password", "password is required.");
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, password);
            foreach (var error in result.Errors)
            {
                errors.Add("password", error.Description);
            }
        }
    }

    private async Task RecordAsync(Actor admin, ConsoleUser account, string detail, CancellationToken cancellationToken) =>
        await audit.RecordAsync(new AuditEvent(admin.Name, AuditActions.AccountChange, Subject: $"user:{account.UserName}", Detail: detail), cancellationToken);

    private async Task<UserResource> ToResourceAsync(ConsoleUser account, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(account);
        return await ToResourceAsync(account, [.. roles], cancellationToken);
    }

    private async Task<UserResource> ToResourceAsync(ConsoleUser account, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (status, until) = account.LockoutEnd switch
        {
            { } end when end >= DisabledUntil.AddYears(-1) => (UserStatus.Disabled, (DateTimeOffset?)null),
            { } end when end > now => (UserStatus.Locked, end),
            _ => (UserStatus.Active, null),
        };
        var login = account.UserName ?? "";
        return new UserResource(
            login,
            account.DisplayName,
            [.. roles.Order(StringComparer.Ordinal)],
            account.AgentCode,
            status,
            until,
            account.AccessFailedCount,
            await audit.LastAsync(login, AuditActions.SignIn, cancellationToken));
    }

    private static async Task<Dictionary<string, List<string>>> RolesByUserAsync(ConsoleDbContext db, string? userId, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.AsNoTracking()
            .Where(ur => userId == null || ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name ?? "").ToList(), StringComparer.Ordinal);
    }

    private static bool IsSelf(Actor admin, ConsoleUser account) => string.Equals(admin.Name, account.UserName, StringComparison.OrdinalIgnoreCase);

    private static OperationResult<UserResource> NotFound(string login) => OperationResult<UserResource>.NotFound($"There is no account {ValidationErrors.Echo(login)}.");

    private static OperationResult<UserResource> Invalid(IdentityResult result, string field) =>
        OperationResult<UserResource>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [field] = [.. result.Errors.Select(e => e.Description)],
        });

    [GeneratedRegex("^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex LoginPattern();
}
