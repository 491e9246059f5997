using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Routing;

/// <summary>
/// Picks the agent for a new contact so the first-response limits (SVC-01/02) can be met:
/// only agents of the contact's channel who are on duty and below their concurrency cap;
/// the least loaded first, then the one idle longest (fair spread), then by code so the
/// choice is deterministic.
/// </summary>
public sealed class ContactRouter(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public int CapacityFor(Channel channel) => channel switch
    {
        Channel.Online => _options.Routing.MaxConcurrentChats,
        Channel.Phone => _options.Routing.MaxConcurrentCalls,
        Channel.Offline => _options.Routing.MaxConcurrentCounter,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    public string? ChooseAgent(Channel channel, IEnumerable<AgentLoad> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var capacity = CapacityFor(channel);

        return agents
            .Where(a => a.Channel == channel
                && a.Status is AgentStatus.Available or AgentStatus.OnContact
                && a.OpenContacts < capacity)
            .OrderBy(a => a.OpenContacts)
            .ThenBy(a => a.IdleSince)
            .ThenBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => a.Code)
            .FirstOrDefault();
    }
}
