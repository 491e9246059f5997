using System.Collections.Immutable;

namespace ServiceConsole.Web.Live;

/// <summary>
/// The in-process feed of accepted changes. Services publish after their commit, once the write gate is
/// released (<see cref="Common.WritePath"/>); screens and the hub forwarder subscribe and dispose their
/// subscription when they go away. Handlers run on the publisher's thread and must be quick: they enqueue or
/// signal a refresher that runs elsewhere; they never query, render or send.
/// </summary>
public sealed class ChangeFeed(ILogger<ChangeFeed> logger)
{
    private ImmutableArray<Subscription> _subscriptions = [];

    public int SubscriberCount => _subscriptions.Length;

    public IDisposable Subscribe(Action<LiveChange> handler)
    {
        var subscription = new Subscription(this, handler);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    public void Publish(LiveChange change)
    {
        foreach (var subscription in _subscriptions)
        {
            try
            {
                subscription.Handler(change);
            }
            catch (Exception ex)
            {
                // One broken screen must not stop the change reaching the others.
                logger.LogError(ex, "A change-feed subscriber failed on a {Change} change", change.GetType().Name);
            }
        }
    }

    private void Remove(Subscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private sealed class Subscription(ChangeFeed feed, Action<LiveChange> handler) : IDisposable
    {
        private int _disposed;

        public Action<LiveChange> Handler { get; } = handler;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Remove(this);
            }
        }
    }
}
