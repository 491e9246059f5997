using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Demo;

/// <summary>Runs the demo's day (<see cref="DemoTraffic"/>) every <see cref="DemoTraffic.Tick"/> while the console runs.</summary>
public sealed class DemoTrafficSimulator(DemoTraffic traffic, IOptions<ServiceConsoleOptions> options, TimeProvider time, ILogger<DemoTrafficSimulator> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value.Demo;
        if (!demo.Enabled || demo.TrafficPerMinute <= 0)
        {
            return;
        }

        logger.LogInformation(
            "Demo traffic: about {PerMinute} contacts and {ComplaintsPerHour:0} complaints an hour",
            demo.TrafficPerMinute, demo.TrafficPerMinute * 60 * demo.ComplaintShare);
        using var timer = new PeriodicTimer(DemoTraffic.Tick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await traffic.TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Demo traffic tick failed; continuing");
            }
        }
    }
}
