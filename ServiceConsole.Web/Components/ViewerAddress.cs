using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ServiceConsole.Web.Components;

/// <summary>
/// Where the viewer's browser connects from, for the audit rows a screen writes (INF-05): the request's address while a
/// page prerenders, the circuit connection's address once it is interactive (taken when the connection comes up).
/// </summary>
public sealed class ViewerAddress(IHttpContextAccessor accessor)
{
    private string? _circuit;

    public string? Value => _circuit ?? accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    internal void Capture() => _circuit = accessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? _circuit;

    /// <summary>Takes the address of the circuit's connection each time it comes up (a reconnection may come from elsewhere).</summary>
    internal sealed class Handler(ViewerAddress address) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            address.Capture();
            return Task.CompletedTask;
        }

        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            address.Capture();
            return Task.CompletedTask;
        }
    }
}
