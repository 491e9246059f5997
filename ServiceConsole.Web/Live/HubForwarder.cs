using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace ServiceConsole.Web.Live;

/// <summary>
/// Carries the change feed to the SignalR hub. Publishing only enqueues, so an API request never
/// waits for a slow hub client; one loop sends in order.
/// </summary>
public sealed class HubForwarder(ChangeFeed feed, IHubContext<LiveHub> hub, ILogger<HubForwarder> logger) : BackgroundService
{
    private readonly Channel<ChangeEvent> _queue = Channel.CreateUnbounded<ChangeEvent>(
        new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(change => _queue.Writer.TryWrite(change));
        await foreach (var change in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(change, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not forward a {Kind} change to the live hub", change.Kind);
            }
        }
    }

    private Task SendAsync(ChangeEvent change, CancellationToken cancellationToken)
    {
        var message = LiveMessages.MessageFor(change.Kind);
        var groups = new List<string> { LiveMessages.SupervisorsGroup };
        if (change.Kind is ChangeKind.Complaint or ChangeKind.Incident or ChangeKind.Alert)
        {
            groups.Add(LiveMessages.CoordinatorsGroup); // mass-complaint incidents are theirs to run
        }
        if (change.AgentCode is { Length: > 0 } agentCode)
        {
            groups.Add(LiveMessages.AgentGroup(agentCode));
        }

        if (change.PreviousAgentCode is { Length: > 0 } previous && previous != change.AgentCode)
        {
            groups.Add(LiveMessages.AgentGroup(previous));
        }

        return change.Kind is ChangeKind.Emergency or ChangeKind.Notice
            ? hub.Clients.All.SendAsync(message, change.Payload, cancellationToken) // EMG-07: every screen sees a mode change and its notices.
            : hub.Clients.Groups(groups).SendAsync(message, change.Payload, cancellationToken);
    }
}
