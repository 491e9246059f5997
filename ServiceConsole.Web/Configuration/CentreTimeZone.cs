using Microsoft.Extensions.Options;

namespace ServiceConsole.Web.Configuration;

/// <summary>
/// The centre's time zone (<c>ServiceConsole:TimeZone</c>), looked up once: days and months are counted in
/// it, and screens show it until the viewer's own zone is known.
/// </summary>
public sealed class CentreTimeZone(IOptions<ServiceConsoleOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
