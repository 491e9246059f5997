using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Common;

/// <summary>Fills in omitted timestamps with the server's now and refuses ones too far in the future or the past.</summary>
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

        var settings = options.Value;
        if (given - now > TimeSpan.FromMinutes(settings.FutureToleranceMinutes))
        {
            errors.Add(field, $"{field} lies more than {settings.FutureToleranceMinutes} minutes in the future.");
        }
        else if (now - given > TimeSpan.FromDays(settings.PastToleranceDays))
        {
            errors.Add(field, $"{field} lies more than {settings.PastToleranceDays} days in the past.");
        }

        return given.ToUniversalTime();
    }
}
