using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Account;

/// <summary>
/// What the account endpoints write to the audit chain (INF-05/06): sign-in, failed sign-in, lockout, sign-out and
/// password change, each with the user name as typed and the caller's address.
/// </summary>
public sealed class AccountAudit(IServiceProvider services)
{
    private IAuditTrail? Trail => services.GetService<IAuditTrail>();

    public Task SignedInAsync(string userName, HttpContext context) => RecordAsync(userName, AuditActions.SignIn, context);

    public Task FailedAsync(string userName, bool locked, HttpContext context) =>
        RecordAsync(userName, locked ? AuditActions.Lockout : AuditActions.SignInFailed, context);

    public Task SignedOutAsync(string userName, HttpContext context) => RecordAsync(userName, AuditActions.SignOut, context);

    public Task PasswordChangedAsync(string userName, HttpContext context) => RecordAsync(userName, AuditActions.PasswordChange, context);

    private Task RecordAsync(string userName, string action, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Trail is { } trail
            ? trail.RecordAsync(new AuditEvent(userName, action, Subject: $"user:{userName}", From: context.Connection.RemoteIpAddress?.ToString()), context.RequestAborted)
            : Task.CompletedTask;
    }
}
