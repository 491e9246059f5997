using ServiceConsole.Web.Common;

namespace ServiceConsole.Tests.Components;

/// <summary>Keeps what screens record in the audit chain, in order, for a test to read back.</summary>
public sealed class FakeAuditTrail : IAuditTrail
{
    private readonly List<AuditEvent> _rows = [];

    public IReadOnlyList<AuditEvent> Rows
    {
        get
        {
            lock (_rows)
            {
                return [.. _rows];
            }
        }
    }

    public Task RecordAsync(AuditEvent entry, CancellationToken cancellationToken = default) => RecordAsync([entry], cancellationToken);

    public Task RecordAsync(IReadOnlyList<AuditEvent> entries, CancellationToken cancellationToken = default)
    {
        lock (_rows)
        {
            _rows.AddRange(entries);
        }

        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> LastAsync(string actor, string action, CancellationToken cancellationToken = default) =>
        Task.FromResult<DateTimeOffset?>(null);
}
