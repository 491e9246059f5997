using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>EMG-01: names the hub where the parcels wait, for the response script; logged as a mode change with <paramref name="Reason"/>.</summary>
/// <param name="Hub">The hub where the parcels wait.</param>
/// <param name="Reason">Logged with the mode change, free text.</param>
public sealed record WeatherHubRequest([Required, StringLength(120)] string? Hub, [StringLength(500)] string? Reason);
