using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Demo;

/// <summary>Runs the demo's day (<see cref="DemoTraffic"/>) every <see cref="DemoTraffic.Tick"/>, and its time clocks (<see cref="DemoTimeClock"/>) every 30 seconds, while the console runs.</summary>
public sealed class DemoTrafficSimulator(DemoTraffic traffic, DemoTimeClock timeClock, IOptions<ServiceConsoleOptions> options, TimeProvider time, ILogger<DemoTrafficSimulator> logger)
    : BackgroundService
{
    /// <summary>How often the demo's time clocks send what fell due (<see cref="DemoTimeClock"/>).</summary>
    private static readonly TimeSpan ClockPass = TimeSpan.FromSeconds(30);

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
        var nextClockPass = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await traffic.TickAsync(stoppingToken);
                if (time.GetUtcNow() >= nextClockPass)
                {
                    nextClockPass = time.GetUtcNow() + ClockPass;
                    await timeClock.PassAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Demo traffic tick failed; continuing");
            }
        }
    }
}
