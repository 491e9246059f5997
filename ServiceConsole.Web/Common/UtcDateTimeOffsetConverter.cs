using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceConsole.Web.Common;

/// <summary>
/// Instants on the wire are UTC (2026-11-22T08:00:00Z). A timestamp with an offset is converted; one
/// without any is read as UTC, never as the server's local time.
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out _))
        {
            throw new JsonException("Expected an ISO 8601 timestamp such as 2026-11-22T08:00:00Z.");
        }

        return DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
