namespace ServiceConsole.Web.Common;

/// <summary>
/// Learns of rows once they are in the audit chain (INF-10's leak watch). Runs after the append, outside the chain's
/// lock; a failure is logged and never undoes the rows.
/// </summary>
public interface IAuditObserver
{
    /// <param name="entries">The rows just appended.</param>
    /// <param name="trail">For rows the observer adds itself.</param>
    /// <param name="cancellationToken">Cancels the observer's work.</param>
    Task AppendedAsync(IReadOnlyList<AuditEvent> entries, IAuditTrail trail, CancellationToken cancellationToken);
}
