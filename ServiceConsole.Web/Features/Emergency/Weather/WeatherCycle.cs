using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// One natural-disaster emergency (EMG-01), read from the mode and its log: from the latest switch-on to now (or to
/// its switch-off). <see cref="RecoveryId"/> is the log entry that first moved it into recovery: the recovery
/// callbacks take their ids from it, so re-entering recovery calls nobody twice. The hub where parcels wait is kept
/// as the mode's <c>issueKey</c>: logged and pushed with every change like the phase (EMG-07), and cleared when the
/// mode goes off, so a new storm never inherits the last one's hub.
/// </summary>
public sealed record WeatherCycle(
    bool Active, EmergencyPhase? Phase, bool Drill, DateTimeOffset Since, string? Hub, Guid? RecoveryId, DateTimeOffset? RecoveryAt)
{
    public bool InRecovery => Active && Phase == EmergencyPhase.Recovery && RecoveryId is not null;

    /// <summary>The current or last weather emergency; null when the mode was never switched on.</summary>
    public static async Task<WeatherCycle?> LoadAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var log = db.EmergencyLog.AsNoTracking().Where(e => e.Mode == EmergencyMode.Weather);
        var started = await log.Where(e => e.Action == EmergencyLogEntry.ActivateAction)
            .OrderByDescending(e => e.At)
            .FirstOrDefaultAsync(cancellationToken);
        if (started is null)
        {
            return null;
        }

        var recovery = await log
            .Where(e => e.Phase == EmergencyPhase.Recovery && e.Action != EmergencyLogEntry.DeactivateAction && e.At >= started.At)
            .OrderBy(e => e.At)
            .FirstOrDefaultAsync(cancellationToken);
        var state = await db.EmergencyModes.AsNoTracking().FirstOrDefaultAsync(m => m.Mode == EmergencyMode.Weather, cancellationToken);
        var active = state is { Active: true };
        return new WeatherCycle(
            active, active ? state!.Phase : null, started.Drill, started.At, active ? state!.IssueKey : null, recovery?.Id, recovery?.At);
    }
}
