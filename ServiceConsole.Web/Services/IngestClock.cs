using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Services;

/// <summary>Fills in omitted timestamps with the server's now and refuses ones too far in the future.</summary>
public sealed class IngestClock(TimeProvider time, IOptions<ServiceConsoleOptions> options)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateTimeOffset Resolve(string field, DateTimeOffset? value, ValidationErrors errors)
    {
        var now = Now;
        if (value is not { } given)
        {
            return now;
        }

        var tolerance = TimeSpan.FromMinutes(options.Value.FutureToleranceMinutes);
        if (given - now > tolerance)
        {
            errors.Add(field, $"{field} lies more than {options.Value.FutureToleranceMinutes} minutes in the future.");
        }

        return given.ToUniversalTime();
    }
}
