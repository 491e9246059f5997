using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Demo;

/// <summary>Tells whoever started the console where to open it and, for the demo, how to sign in.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<ServiceConsoleOptions> options,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                logger.LogInformation("ServiceConsole is running: open {Address} in a browser", address);
            }

            if (options.Value.Demo.Enabled)
            {
                // Only the documented default is ever printed; a chosen password stays out of the logs.
                var password = options.Value.Demo.Password == DemoOptions.DefaultPassword
                    ? DemoOptions.DefaultPassword
                    : "(the one set in ServiceConsole:Demo:Password)";
                logger.LogInformation(
                    "Demo logins: supervisor, agent, coordinator, trainer, specialist, hr, admin; password {Password}", password);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
