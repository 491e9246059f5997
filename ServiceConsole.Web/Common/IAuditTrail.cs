namespace ServiceConsole.Web.Common;

/// <summary>
/// INF-05: the one append-only, hash-chained record of who did what to which record, when and from where. Every
/// capability writes to it through this interface; <c>Features/Audit</c> owns the table, the chain and its screen.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Appends one row; returns once it is on disk, so a reveal is never shown before it is recorded.</summary>
    Task RecordAsync(AuditEvent entry, CancellationToken cancellationToken = default);

    /// <summary>Appends several rows in one commit, in order (the records one answer showed).</summary>
    Task RecordAsync(IReadOnlyList<AuditEvent> entries, CancellationToken cancellationToken = default);

    /// <summary>When <paramref name="actor"/> last did <paramref name="action"/>, or null (e.g. last sign-in).</summary>
    Task<DateTimeOffset?> LastAsync(string actor, string action, CancellationToken cancellationToken = default);
}

/// <summary>
/// One audited event. <paramref name="Actor"/> is the login (or <c>api-key:&lt;name&gt;</c>, or <c>system</c>);
/// <paramref name="Subject"/> names the record (<c>customer:{id}</c>, <c>complaint:{id}</c>, <c>user:{login}</c>);
/// <paramref name="Fields"/> lists the personal fields shown (<c>name,phone</c>) with <paramref name="Revealed"/> true
/// when they were shown in clear; <paramref name="From"/> is the caller's address. No personal value is ever stored here.
/// </summary>
public sealed record AuditEvent(
    string Actor,
    string Action,
    string? Subject = null,
    string? Fields = null,
    bool Revealed = false,
    string? Detail = null,
    string? From = null);

/// <summary>The actions the audit chain knows; the screen names each one.</summary>
public static class AuditActions
{
    public const string View = "data.view";
    public const string Reveal = "data.reveal";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in.failed";
    public const string Lockout = "sign-in.locked";
    public const string SignOut = "sign-out";
    public const string PasswordChange = "password.change";
    public const string AccountChange = "account.change";
    public const string ModeSwitch = "mode.switch";
    public const string Assignment = "assignment";
    public const string Decision = "decision";
    public const string Purge = "retention.purge";
    public const string Incident = "security.incident";
}
