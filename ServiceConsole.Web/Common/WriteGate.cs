namespace ServiceConsole.Web.Common;

/// <summary>
/// Marks the flow of a write that is deciding. The <see cref="WritePath"/> decides writes one at a time on one
/// connection (so two requests cannot both see an agent as free or both miss an externalId; the database's unique
/// indexes remain the guard across processes) and marks each decision as holding the gate. A decision that asks for
/// another write, or for an audit append on its own connection, would wait for its own group's commit forever, so it is
/// refused with an exception that says so. <see cref="EnterAsync"/> remains for work that must exclude itself the same way.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    // Flows with the async operation that entered (and whatever it awaits), so a second entry by it is seen.
    private readonly AsyncLocal<Holder?> _holder = new();

    /// <summary>Whether the current async operation holds the gate.</summary>
    public bool IsHeld => _holder.Value is { Held: true };

    /// <remarks>
    /// Deliberately not an async method: the holder is recorded in the caller's execution context, which an
    /// async method would restore on return.
    /// </remarks>
    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        ThrowIfHeld();
        var holder = new Holder(_semaphore);
        _holder.Value = holder;
        return holder.AcquireAsync(cancellationToken);
    }

    /// <summary>Refuses a second entry by an operation that already holds the gate, which would wait for itself.</summary>
    public void ThrowIfHeld()
    {
        if (IsHeld)
        {
            throw new InvalidOperationException(
                "The write gate is already held by this operation. Work that takes the gate itself (another " +
                "service's write, a clock that records a breach) must run after the gate is released: give it to " +
                "WritePath as an after-commit step.");
        }
    }

    /// <summary>
    /// Marks the current flow as holding the gate, for the rest of the calling async method and what it awaits: the
    /// write path's decision of one write, which the path already runs alone.
    /// </summary>
    internal void MarkHeld() => _holder.Value = Holder.Marked;

    private sealed class Holder(SemaphoreSlim? semaphore) : IDisposable
    {
        /// <summary>A flow the write path runs alone: held, with no semaphore of its own to release.</summary>
        public static readonly Holder Marked = new(null) { _state = Acquired };

        private const int Waiting = 0;
        private const int Acquired = 1;
        private const int Released = 2;
        private int _state = Waiting;

        public bool Held => Volatile.Read(ref _state) == Acquired;

        public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
        {
            await semaphore!.WaitAsync(cancellationToken);
            Volatile.Write(ref _state, Acquired);
            return this;
        }

        public void Dispose()
        {
            if (semaphore is not null && Interlocked.CompareExchange(ref _state, Released, Acquired) == Acquired)
            {
                semaphore.Release();
            }
        }
    }
}
