using System.Security.Cryptography;
using System.Text.Json;

namespace ServiceConsole.Web.Common;

/// <summary>
/// A hash of the request exactly as the caller sent it (before server defaults such as "now" are filled in),
/// so a retry of the same request matches and a different request under the same externalId does not.
/// </summary>
public static class RequestFingerprint
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of<T>(T request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, Options)));
}
