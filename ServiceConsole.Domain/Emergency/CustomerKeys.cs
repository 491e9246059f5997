using System.Security.Cryptography;
using System.Text;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// Helpers that make emergency callbacks one per customer and safe to create twice: a phone
/// number compared without its spaces and dashes, and a name-based id (RFC 4122 version 5) so the
/// same customer in the same emergency always gets the same task id, whichever job run makes it.
/// </summary>
internal static class CustomerKeys
{
    public static string NormalizePhone(string? phone) =>
        phone is null ? "" : string.Concat(phone.Where(c => !char.IsWhiteSpace(c) && c != '-'));

    public static Guid DeterministicId(Guid scope, string key)
    {
        var scopeBytes = scope.ToByteArray(bigEndian: true);
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var buffer = new byte[scopeBytes.Length + keyBytes.Length];
        scopeBytes.CopyTo(buffer, 0);
        keyBytes.CopyTo(buffer, scopeBytes.Length);

        // SHA-1 is what version 5 ids are defined with; this is an identifier, not a secret.
        var hash = SHA1.HashData(buffer);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
