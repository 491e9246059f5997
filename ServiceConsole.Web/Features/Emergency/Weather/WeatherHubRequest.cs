namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>EMG-01: names the hub where the parcels wait, for the response script; logged as a mode change with <paramref name="Reason"/>.</summary>
public sealed record WeatherHubRequest(string? Hub, string? Reason);
