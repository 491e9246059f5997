using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace ServiceConsole.Web.Live;

/// <summary>
/// Carries the change feed to the SignalR hub. Publishing only enqueues, so an API request never
/// waits for a slow hub client; one loop sends in order, each change to the connections that receive it.
/// A change from another node (<see cref="LiveChange.FromPeer"/>) is not sent: that node's forwarder sent it, through
/// the Redis backplane, to the connections of every node.
/// </summary>
public sealed class HubForwarder(ChangeFeed feed, IHubContext<LiveHub, ILiveClient> hub, ILogger<HubForwarder> logger) : BackgroundService
{
    private readonly Channel<LiveChange> _queue = Channel.CreateUnbounded<LiveChange>(
        new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(change =>
        {
            if (!change.FromPeer)
            {
                _queue.Writer.TryWrite(change);
            }
        });
        await foreach (var change in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await change.SendAsync(hub.Clients, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not forward a {Change} to the live hub", change.GetType().Name);
            }
        }
    }
}
