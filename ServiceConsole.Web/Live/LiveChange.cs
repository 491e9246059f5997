using Microsoft.AspNetCore.SignalR;

namespace ServiceConsole.Web.Live;

/// <summary>
/// One accepted change, as open screens and the live hub see it. Each kind of change is a sealed record in the
/// capability it belongs to (<c>ContactChanged</c>, <c>ComplaintChanged</c>, …) carrying the resource shape
/// the API returns; screens choose the changes they follow with type patterns.
/// </summary>
public abstract record LiveChange
{
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
