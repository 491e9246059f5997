using Microsoft.AspNetCore.Identity;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Account;

/// <summary>
/// Disabling and enabling an account (INF-06). A disabled account cannot sign in (Identity's lockout with no end) and,
/// with a new security stamp, every cookie and open screen of it ends at its next check, within a minute.
/// </summary>
public sealed class AccountSessions(UserManager<ConsoleUser> users)
{
    public async Task<bool> DisableAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return false;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    public async Task<bool> EnableAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return true;
    }
}
