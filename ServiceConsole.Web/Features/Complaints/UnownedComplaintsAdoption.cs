namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// At start-up (the database is migrated by then): every open complaint gets an owner (issue 10), so a console
/// upgraded from before complaint ownership, or one that registered complaints while nobody was on the roster, never
/// shows "no owner" for long.
/// </summary>
public sealed class UnownedComplaintsAdoption(ComplaintService complaints, ILogger<UnownedComplaintsAdoption> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var adopted = await complaints.AdoptUnownedAsync(cancellationToken);
        if (adopted > 0)
        {
            logger.LogInformation("{Count} open complaints without an owner were given one", adopted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
