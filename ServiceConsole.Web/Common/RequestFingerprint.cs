using System.Buffers;
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

    /// <summary>
    /// The fingerprint without the named fields (camelCase). INF-04: an ID number must not enter the stored hash, where
    /// its small value space (region, birth date, sequence) could be searched; leaving the field out entirely keeps
    /// the fingerprints of requests stored before the field existed.
    /// </summary>
    public static string Without<T>(T request, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(request, Options));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // Each kept value is copied as its raw text, so the bytes equal a serialization without the fields.
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !fields.Contains(p.Name, StringComparer.Ordinal)))
            {
                writer.WritePropertyName(property.Name);
                writer.WriteRawValue(property.Value.GetRawText(), skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return Convert.ToHexString(SHA256.HashData(buffer.WrittenSpan));
    }
}
