using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceConsole.Domain.Drills;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// A drill report as stored with its run. The report is a value rebuilt from immutable facts, so JSON is
/// enough (ADR 0004); enums are written by name so a stored report still reads after an enum grows.
/// </summary>
public static class DrillReportJson
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(DrillReport report) => JsonSerializer.Serialize(report, _options);

    /// <summary>The stored report, or null when there is none (the drill runs, or failed to start).</summary>
    public static DrillReport? Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<DrillReport>(json, _options);
}
