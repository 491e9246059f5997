using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Auth;

/// <summary>
/// The connected screens (Blazor circuits) of each signed-in user, capped at <c>ServiceConsole:Security:MaxCircuitsPerUser</c>
/// (INF-06: a personal account is one person at a desk, not a shared login on a wall of screens). A screen joins when its
/// circuit opens and leaves as soon as its connection drops, so a closed tab frees its place at once.
/// </summary>
public sealed class CircuitRegistry(IOptions<ServiceConsoleOptions> options)
{
    private readonly Dictionary<string, HashSet<string>> _byUser = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public int Max => options.Value.Security.MaxCircuitsPerUser;

    /// <summary>Admits a new circuit for <paramref name="user"/> unless the user already has the most allowed; false when refused.</summary>
    public bool TryAdmit(string user, string circuitId)
    {
        lock (_gate)
        {
            var circuits = Circuits(user);
            if (circuits.Count >= Max && !circuits.Contains(circuitId))
            {
                return false;
            }

            circuits.Add(circuitId);
            return true;
        }
    }

    /// <summary>An admitted circuit reconnected.</summary>
    public void Connected(string user, string circuitId)
    {
        lock (_gate)
        {
            Circuits(user).Add(circuitId);
        }
    }

    /// <summary>A circuit lost its connection or closed.</summary>
    public void Left(string user, string circuitId)
    {
        lock (_gate)
        {
            if (_byUser.TryGetValue(user, out var circuits) && circuits.Remove(circuitId) && circuits.Count == 0)
            {
                _byUser.Remove(user);
            }
        }
    }

    public int Count(string user)
    {
        lock (_gate)
        {
            return _byUser.TryGetValue(user, out var circuits) ? circuits.Count : 0;
        }
    }

    private HashSet<string> Circuits(string user)
    {
        if (!_byUser.TryGetValue(user, out var circuits))
        {
            circuits = [];
            _byUser[user] = circuits;
        }

        return circuits;
    }
}

/// <summary>Whether this circuit was turned away by the cap; <c>Routes</c> then shows the notice instead of any page.</summary>
public sealed class CircuitAdmission
{
    public bool Refused { get; internal set; }

    public int Max { get; internal set; }
}

/// <summary>Counts each user's circuits in the <see cref="CircuitRegistry"/> and marks the one over the cap as refused.</summary>
public sealed class CircuitCapHandler(CircuitRegistry registry, CircuitAdmission admission, AuthenticationStateProvider authentication) : CircuitHandler
{
    private string? _user;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.Name) is not { } name)
        {
            return;
        }

        if (registry.TryAdmit(name, circuit.Id))
        {
            _user = name;
        }
        else
        {
            admission.Max = registry.Max;
            admission.Refused = true;
        }
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        if (_user is { } name)
        {
            registry.Connected(name, circuit.Id);
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => LeaveAsync(circuit);

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => LeaveAsync(circuit);

    private Task LeaveAsync(Circuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        if (_user is { } name)
        {
            registry.Left(name, circuit.Id);
        }

        return Task.CompletedTask;
    }
}
