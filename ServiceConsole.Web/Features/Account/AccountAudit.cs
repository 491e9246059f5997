using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Account;

/// <summary>
/// What the account endpoints write to the audit chain (INF-05/06): sign-in, failed sign-in, lockout, sign-out and
/// password change, each with the user name as typed (an unknown name too: it is what an attacker tried) and the
/// caller's address. No password, right or wrong, is ever recorded.
/// </summary>
public sealed class AccountAudit(IAuditTrail trail)
{
    public Task SignedInAsync(string userName, HttpContext context) => RecordAsync(userName, AuditActions.SignIn, context);

    public Task FailedAsync(string userName, bool locked, HttpContext context) =>
        RecordAsync(userName, locked ? AuditActions.Lockout : AuditActions.SignInFailed, context);

    public Task SignedOutAsync(string userName, HttpContext context) => RecordAsync(userName, AuditActions.SignOut, context);

    public Task PasswordChangedAsync(string userName, HttpContext context) => RecordAsync(userName, AuditActions.PasswordChange, context);

    private Task RecordAsync(string userName, string action, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return trail.RecordAsync(
            new AuditEvent(userName, action, Subject: $"user:{userName}", From: context.Connection.RemoteIpAddress?.ToString()),
            CancellationToken.None);
    }
}
