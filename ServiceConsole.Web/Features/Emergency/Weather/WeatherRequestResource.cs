namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>EMG-01: a return or redirect request recorded in natural-disaster mode, open until handled with the hub.</summary>
public sealed record WeatherRequestResource(
    Guid Id,
    string CustomerName,
    string CustomerPhone,
    string WaybillNo,
    string Kind,
    string? NewAddress,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateTimeOffset? DoneAt,
    string? DoneBy,
    bool Drill);
