using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace ServiceConsole.Web.Live;

/// <summary>
/// One accepted change, as open screens and the live hub see it. Each kind of change is a sealed record in the
/// capability it belongs to (<c>ContactChanged</c>, <c>ComplaintChanged</c>, …) carrying the resource shape
/// the API returns; screens choose the changes they follow with type patterns.
/// </summary>
public abstract record LiveChange
{
    /// <summary>
    /// Whether another node committed the change and <see cref="RedisChangeBridge"/> brought it here: open screens follow
    /// it like any other, but the hub forwarder does not send it (the Redis backplane already delivered that node's hub
    /// message) and the bridge does not send it back.
    /// </summary>
    [JsonIgnore]
    public bool FromPeer { get; init; }

    /// <summary>The agents whose own queue, tasks or alerts the change touches (an agent's screen follows only these).</summary>
    public abstract IReadOnlyList<string> AgentCodes { get; }

    /// <summary>Whether the change touches <paramref name="agentCode"/>'s own work.</summary>
    public bool Concerns(string agentCode) => AgentCodes.Contains(agentCode, StringComparer.Ordinal);

    /// <summary>Sends the contract's message to the hub connections that receive it.</summary>
    public abstract Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken);

    /// <summary>The non-empty, distinct agent codes among <paramref name="codes"/>.</summary>
    protected static IReadOnlyList<string> Agents(params string?[] codes) =>
        [.. codes.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal)!];
}
