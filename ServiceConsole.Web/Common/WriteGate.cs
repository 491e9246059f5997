namespace ServiceConsole.Web.Common;

/// <summary>
/// Serialises the read-decide-write steps of routing and ingest inside one process, so two requests
/// cannot both see an agent as free or both miss an externalId. The database's unique indexes remain
/// the guard across processes. The gate is not re-entrant: an operation that already holds it and asks
/// again would wait for itself forever, so it is refused with an exception that says so.
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
        if (IsHeld)
        {
            throw new InvalidOperationException(
                "The write gate is already held by this operation. Work that takes the gate itself (another " +
                "service's write, a clock that records a breach) must run after the gate is released: give it to " +
                "WritePath as an after-commit step.");
        }

        var holder = new Holder(_semaphore);
        _holder.Value = holder;
        return holder.AcquireAsync(cancellationToken);
    }

    private sealed class Holder(SemaphoreSlim semaphore) : IDisposable
    {
        private const int Waiting = 0;
        private const int Acquired = 1;
        private const int Released = 2;
        private int _state = Waiting;

        public bool Held => Volatile.Read(ref _state) == Acquired;

        public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
        {
            await semaphore.WaitAsync(cancellationToken);
            Volatile.Write(ref _state, Acquired);
            return this;
        }

        public void Dispose()
        {
            if (Interlocked.CompareExchange(ref _state, Released, Acquired) == Acquired)
            {
                semaphore.Release();
            }
        }
    }
}
