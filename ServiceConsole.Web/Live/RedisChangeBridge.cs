using System.Threading.Channels;
using StackExchange.Redis;

namespace ServiceConsole.Web.Live;

/// <summary>
/// Carries the change feed between the nodes of one console over Redis pub/sub (issue 14), so a board on node B shows
/// what node A ingested and an alert a job raised on node A reaches the circuits of node B. Each change published here
/// goes out on <c>{prefix}:changes</c> with this node's id (<see cref="LiveChangeJson"/>); a change from another node
/// is published to this node's feed marked <see cref="LiveChange.FromPeer"/>: screens follow it, the hub forwarder
/// leaves it to the backplane, and this bridge never sends it back (no echo). Its own messages, which Redis delivers
/// to it too, are recognised by the node id and dropped.
/// </summary>
/// <remarks>
/// Publishing only enqueues, so a writer never waits for Redis. While Redis is away the changes of that moment are not
/// sent (logged once per loss): the other nodes' screens catch up with their next change or reload; local screens and
/// writes go on as before. StackExchange.Redis reconnects and subscribes again by itself.
/// </remarks>
public sealed class RedisChangeBridge(
    ChangeFeed feed, IConnectionMultiplexer redis, LiveChangeJson json, IConfiguration configuration, ILogger<RedisChangeBridge> logger)
    : BackgroundService
{
    private readonly Channel<LiveChange> _outbox = Channel.CreateUnbounded<LiveChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RedisChannel _channel = RedisChannel.Literal(ConsoleRedis.ChangesChannel(ConsoleRedis.ChannelPrefix(configuration)));
    private volatile bool _subscribed;
    private long _sent;
    private long _received;
    private long _dropped;

    /// <summary>This node's id on the channel: new at each start, so two nodes (or two test hosts in one process) never share it.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Whether this node listens to the other nodes' changes.</summary>
    public bool Subscribed => _subscribed;

    public string ChannelName => _channel.ToString();

    public long Sent => Interlocked.Read(ref _sent);

    public long Received => Interlocked.Read(ref _received);

    /// <summary>Changes not sent because Redis was away or refused them.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(change =>
        {
            if (!change.FromPeer)
            {
                _outbox.Writer.TryWrite(change);
            }
        });

        var subscriber = redis.GetSubscriber();
        await SubscribeAsync(subscriber, stoppingToken);
        try
        {
            await SendAsync(subscriber, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _subscribed = false;
            try
            {
                await subscriber.UnsubscribeAsync(_channel);
            }
            catch (Exception ex) when (ex is RedisException or ObjectDisposedException or TimeoutException)
            {
                logger.LogDebug(ex, "Could not unsubscribe from {Channel} on the way out", _channel);
            }
        }
    }

    /// <summary>Subscribes, trying again every second while Redis is away at start; once subscribed the client renews it.</summary>
    private async Task SubscribeAsync(ISubscriber subscriber, CancellationToken stoppingToken)
    {
        var warned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queue = await subscriber.SubscribeAsync(_channel);
                queue.OnMessage(message => Receive(message.Message));
                _subscribed = true;
                logger.LogInformation("Node {Node} follows the other nodes' changes on {Channel}", NodeId, _channel);
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                if (!warned)
                {
                    logger.LogWarning(ex, "Cannot subscribe to {Channel} yet; changes of other nodes do not reach this one until Redis answers", _channel);
                    warned = true;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task SendAsync(ISubscriber subscriber, CancellationToken stoppingToken)
    {
        var away = false;
        await foreach (var change in _outbox.Reader.ReadAllAsync(stoppingToken))
        {
            if (!json.Knows(change.GetType()))
            {
                continue; // a change that is not the console's (a test's own) stays on this node
            }

            if (!redis.IsConnected)
            {
                Interlocked.Increment(ref _dropped);
                if (!away)
                {
                    logger.LogWarning("Redis is away: changes of this node do not reach the others until it is back");
                    away = true;
                }

                continue;
            }

            away = false;
            try
            {
                await subscriber.PublishAsync(_channel, json.Write(change, NodeId));
                Interlocked.Increment(ref _sent);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Interlocked.Increment(ref _dropped);
                logger.LogWarning(ex, "Could not send a {Change} to the other nodes", change.GetType().Name);
            }
        }
    }

    private void Receive(RedisValue message)
    {
        try
        {
            var (node, change) = json.Read(((ReadOnlyMemory<byte>)message).Span);
            if (node == NodeId)
            {
                return; // our own, back from Redis
            }

            Interlocked.Increment(ref _received);
            feed.Publish(change with { FromPeer = true });
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not read a change from another node on {Channel}", _channel);
        }
    }
}
