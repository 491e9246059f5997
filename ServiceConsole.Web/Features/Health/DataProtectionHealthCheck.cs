using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ServiceConsole.Web.Features.Health;

/// <summary>
/// The Data Protection key ring (INF-04 ID numbers, sign-in cookies): healthy when a value protected now reads back and
/// the key store lists its keys (Data Protection picks, or creates, a key valid now for it). A key folder that cannot be
/// read or written fails here instead of at a sign-in. The data reports how many keys the ring holds and when the newest
/// expires.
/// </summary>
/// <remarks>
/// The node protects with the ring it has loaded. When that still works but the store behind it (Redis, on a cluster)
/// does not answer, the check is degraded rather than unhealthy: sign-ins and ID numbers work with the keys the node
/// holds, and only a new key, or one another node made meanwhile, waits for the store.
/// </remarks>
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
        }
        catch (Exception ex)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "The key ring cannot be read or written.", ex));
        }

        try
        {
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
            return Task.FromResult(HealthCheckResult.Degraded(
                "The key ring protects and reads back with the keys this node holds, but its store does not answer: a new key waits for it.", ex));
        }
    }
}
