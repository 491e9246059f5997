using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Emergency.Weather;

namespace ServiceConsole.Web.Features.Emergency;

/// <summary>
/// The scripts of the emergencies on now: the weather phase's sentence, the outage message with the 30-minute
/// estimate while the system is down, and the "system restored" notice for the hour its callbacks are due in.
/// </summary>
public sealed class EmergencyScriptSource(IDbContextFactory<ConsoleDbContext> dbFactory, ServiceScripts scripts, TimeProvider time)
    : IEmergencyScriptSource
{
    public async Task<IReadOnlyList<EmergencyScript>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = new List<EmergencyScript>(2);
        var weather = await db.EmergencyModes.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Mode == EmergencyMode.Weather && m.Active, cancellationToken);
        if (weather?.Phase is { } phase)
        {
            active.Add(new EmergencyScript(
                EmergencyNotices.WeatherPhase(phase), "EMG-01", WeatherModeHandler.Script(scripts, phase, weather.IssueKey), weather.Drill, null));
        }

        var outage = await db.Outages.AsNoTracking()
            .OrderByDescending(o => o.StartedAt)
            .Select(o => new { o.RestoredAt, o.RestoredNotice, o.CallbackDueAt, o.EstimatedRestoreAt, o.IsDrill })
            .FirstOrDefaultAsync(cancellationToken);
        if (outage is { RestoredAt: null })
        {
            active.Add(new EmergencyScript(EmergencyNotices.OutageReported, "EMG-02", scripts.OutageCustomerMessage, outage.IsDrill, outage.EstimatedRestoreAt));
        }
        else if (outage is { RestoredNotice: { } notice, CallbackDueAt: { } due } && time.GetUtcNow() <= due)
        {
            active.Add(new EmergencyScript(EmergencyNotices.OutageRestored, "EMG-02", notice, outage.IsDrill, due));
        }

        return active;
    }
}
