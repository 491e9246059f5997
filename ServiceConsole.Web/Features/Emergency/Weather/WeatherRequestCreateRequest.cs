namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// EMG-01: a customer asks to have a stuck parcel returned (<c>return</c>) or delivered elsewhere (<c>redirect</c>, with
/// <paramref name="NewAddress"/>). <paramref name="RecordedBy"/> is the agent who took it (an agent's own by default).
/// </summary>
public sealed record WeatherRequestCreateRequest(
    string? CustomerName, string? CustomerPhone, string? WaybillNo, string? Kind, string? NewAddress, string? Note, string? RecordedBy);
