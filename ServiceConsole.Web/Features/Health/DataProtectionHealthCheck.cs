using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ServiceConsole.Web.Features.Health;

/// <summary>
/// The Data Protection key ring (INF-04 ID numbers, sign-in cookies): healthy when a value protected now reads back and
/// reads back (Data Protection picks, or creates, a key valid now for it). A key folder that cannot be read or written
/// fails here instead of at a sign-in. The data reports how many keys the ring holds and when the newest expires.
/// </summary>
public sealed class DataProtectionHealthCheck(IDataProtectionProvider provider, IKeyManager keys) : IHealthCheck
{
    private const string Purpose = "ServiceConsole.Health.Probe";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var protector = provider.CreateProtector(Purpose);
            var probe = Guid.NewGuid().ToString("N");
            if (protector.Unprotect(protector.Protect(probe)) != probe)
            {
                return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "The key ring does not read back what it protected."));
            }

            var all = keys.GetAllKeys().Where(k => !k.IsRevoked).ToList();
            var data = new Dictionary<string, object> { ["keys"] = all.Count };
            if (all.Count > 0)
            {
                data["newestExpiresAt"] = all.Max(k => k.ExpirationDate).UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            }

            return Task.FromResult(HealthCheckResult.Healthy("The key ring protects and reads back.", data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "The key ring cannot be read or written.", ex));
        }
    }
}
