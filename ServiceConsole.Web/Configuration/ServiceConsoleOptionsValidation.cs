using Microsoft.Extensions.Options;

namespace ServiceConsole.Web.Configuration;

/// <summary>Stops the console at start-up on settings that would fail every request later.</summary>
public sealed class ServiceConsoleOptionsValidation : IValidateOptions<ServiceConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceConsoleOptions options)
    {
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"ServiceConsole:TimeZone '{options.TimeZone}' is not a known time zone (e.g. Asia/Shanghai).");
        }

        foreach (var zone in options.TimeZoneChoices ?? [])
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                failures.Add($"ServiceConsole:TimeZoneChoices has '{zone}', which is not a known time zone (e.g. Europe/London).");
            }
        }

        if (options.FutureToleranceMinutes < 0)
        {
            failures.Add("ServiceConsole:FutureToleranceMinutes must not be negative.");
        }

        if (options.PastToleranceDays < 1)
        {
            failures.Add("ServiceConsole:PastToleranceDays must be at least 1.");
        }

        if (options.Demo.TrafficPerMinute is < 0 or > 6000)
        {
            failures.Add("ServiceConsole:Demo:TrafficPerMinute must be between 0 and 6000.");
        }

        if (options.Demo.ComplaintShare is < 0 or > 1)
        {
            failures.Add("ServiceConsole:Demo:ComplaintShare must be between 0 and 1.");
        }

        if (options.Security.SessionRevalidationSeconds is < 1 or > 3600)
        {
            failures.Add("ServiceConsole:Security:SessionRevalidationSeconds must be between 1 and 3600.");
        }

        if (options.Security.MaxCircuitsPerUser < 1)
        {
            failures.Add("ServiceConsole:Security:MaxCircuitsPerUser must be at least 1.");
        }

        if (options.RateLimits.SignInPerMinutePerUser < 0 || options.RateLimits.SignInPerMinutePerAddress < 0 || options.RateLimits.IngestPerSecond < 0)
        {
            failures.Add("ServiceConsole:RateLimits:* must not be negative (0 turns a limit off).");
        }

        failures.AddRange(options.Demo.Contacts.Problems());
        failures.AddRange(options.Demo.Complaints.Problems());

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
