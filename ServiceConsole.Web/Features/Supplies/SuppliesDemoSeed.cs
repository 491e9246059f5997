using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Supplies;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>
/// The demo centre's supplies (EMG-06): the technical team's hotline and two outlet heads, so the supplies
/// page and an outage drill have someone to call. Only with the demo on, and only while no directory exists.
/// </summary>
public sealed class SuppliesDemoSeed(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IOptions<ServiceConsoleOptions> options,
    TimeProvider time,
    ILogger<SuppliesDemoSeed> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo.Enabled)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Supplies.AnyAsync(cancellationToken))
        {
            return;
        }

        const string by = "demo";
        var now = time.GetUtcNow();
        var directory = SuppliesDirectory.Create(Guid.CreateVersion7(now), by, now);
        directory.AddContact(Guid.CreateVersion7(now), "技术保障部值班热线", SupplyContactRole.TechnicalTeam, "400-820-8820", "7×24 小时值班;系统故障 5 分钟内报告", by, now);
        directory.AddContact(Guid.CreateVersion7(now), "王建国", SupplyContactRole.OutletHead, "139-0571-2468", "杭州西湖网点负责人", by, now);
        directory.AddContact(Guid.CreateVersion7(now), "李秀兰", SupplyContactRole.OutletHead, "137-2020-1357", "广州越秀网点负责人;夜间请先发短信", by, now);
        db.Supplies.Add(directory);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo supplies directory created");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
