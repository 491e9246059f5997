using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>The return and redirect requests of one weather emergency (EMG-01), an agent's own only (INF-05), in the API's shape.</summary>
internal static class WeatherRequests
{
    public static IQueryable<WeatherRequest> Of(ConsoleDbContext db, WeatherCycle cycle, Actor? viewer)
    {
        var requests = db.WeatherRequests.AsNoTracking().Where(r => r.RecordedAt >= cycle.Since && r.IsDrill == cycle.Drill);
        return viewer is { ActsOnlyAsAgent: true } ? requests.Where(r => r.RecordedBy == viewer.AgentCode) : requests;
    }

    public static WeatherRequestResource ToResource(WeatherRequest r) => new(
        r.Id, r.CustomerName, r.CustomerPhone, r.WaybillNo, WireNames.ToWire(r.Kind), r.NewAddress, r.Note, r.RecordedBy, r.RecordedAt,
        r.DoneAt, r.DoneBy, r.IsDrill);
}
