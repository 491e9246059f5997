using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Common;

/// <summary>
/// INF-04: the one place an ID-card number is protected and read back, with ASP.NET Core Data Protection (purpose
/// <see cref="Purpose"/>; the keys live outside the database, see <see cref="DataProtectionSetup"/>). Contacts and
/// complaints keep a copy made by <see cref="Protect"/>; the store reads it back through <see cref="Read"/> until it
/// expires. Neither the number nor the protected value is ever logged.
/// </summary>
public sealed class IdNumberProtector(
    IDataProtectionProvider provider, PolicyOptions policy, TimeProvider time, ILogger<IdNumberProtector> logger)
{
    /// <summary>The Data Protection purpose; a new version of the format gets a new purpose string.</summary>
    public const string Purpose = "ServiceConsole.IdNumber.v1";

    /// <summary>The request field, for validation errors.</summary>
    public const string Field = "idNumber";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>
    /// Checks an optional <c>idNumber</c>: absent is fine; given, it has 18 characters, a real birth date and the
    /// GB 11643 check character. The message never repeats the value. Returns the number as it is kept, or null.
    /// </summary>
    public static string? Validate(string? idNumber, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (idNumber is null)
        {
            return null;
        }

        if (!CustomerDataRules.IsValidIdCard(idNumber))
        {
            errors.Add(Field, "idNumber must be an 18-character resident ID number: 17 digits with a real birth date in positions 7–14, then the GB 11643 check character (0–9 or X).");
            return null;
        }

        return IdNumberCopy.Normalize(idNumber);
    }

    /// <summary>A copy of <paramref name="idNumber"/> to keep: protected, valid for the policy's days from now.</summary>
    public (string Protected, DateTimeOffset ExpiresAt) Protect(string idNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idNumber);
        return (_protector.Protect(idNumber), IdNumberCopy.ExpiresAt(time.GetUtcNow(), policy.Information.IdCopyValidDays));
    }

    /// <summary>The number in clear, or null once the copy has expired (even before the sweep destroys it) or cannot be read.</summary>
    public string? Read(string protectedValue, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        if (IdNumberCopy.IsExpired(expiresAt, time.GetUtcNow()))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(protectedValue);
        }
        catch (CryptographicException ex)
        {
            // A lost or replaced key ring: the copy is as good as destroyed. The exception names a key id, never the value.
            logger.LogWarning(ex, "An ID-number copy could not be unprotected; it reads as expired");
            return null;
        }
    }
}
