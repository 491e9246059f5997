namespace ServiceConsole.Domain.Policy;

/// <summary>
/// INF-04: a record that may carry a copy of the customer's ID-card number for real-name sending. The copy is kept
/// only protected (<see cref="IdNumberProtected"/>, opaque to the domain: the web layer encrypts it) and only until
/// <see cref="IdNumberExpiresAt"/>; after that the protected value is destroyed and the expiry stays as the trace.
/// </summary>
public interface IIdNumberHolder
{
    /// <summary>The number in clear, in memory only (never stored): set at entry or when read back before its expiry.</summary>
    string? IdNumber { get; }

    /// <summary>The number as stored, protected; null when none was given or the copy was destroyed.</summary>
    string? IdNumberProtected { get; }

    /// <summary>When the copy expires; kept after the copy is destroyed.</summary>
    DateTimeOffset? IdNumberExpiresAt { get; }

    /// <summary>The clear value read back from <see cref="IdNumberProtected"/>; null when it expired or cannot be read.</summary>
    void LoadIdNumber(string? idNumber);
}

/// <summary>INF-04: the rules of an ID-number copy, from <see cref="InformationOptions.IdCopyValidDays"/>.</summary>
public static class IdNumberCopy
{
    /// <summary>When a copy taken at <paramref name="storedAt"/> expires.</summary>
    public static DateTimeOffset ExpiresAt(DateTimeOffset storedAt, int validDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(validDays);
        return storedAt.AddDays(validDays);
    }

    /// <summary>Expired once its expiry has come (the expiry instant itself included).</summary>
    public static bool IsExpired(DateTimeOffset? expiresAt, DateTimeOffset now) => expiresAt is { } end && now >= end;

    /// <summary>The number as it is kept: upper-case check character, otherwise as entered (validated by <see cref="CustomerDataRules.IsValidIdCard"/>).</summary>
    public static string Normalize(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        return idNumber.ToUpperInvariant();
    }
}
