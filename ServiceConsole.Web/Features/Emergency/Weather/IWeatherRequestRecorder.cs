using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>What the weather request form changes: one request recorded as the signed-in user (EMG-01).</summary>
public interface IWeatherRequestRecorder
{
    /// <summary>
    /// Records a return or redirect request. Without <see cref="WeatherRequestCreateRequest.RecordedBy"/> the actor
    /// records it: their agent code, or their login when they have none.
    /// </summary>
    Task<OperationResult<WeatherRequestResource>> RecordRequestAsync(
        WeatherRequestCreateRequest request, Actor actor, CancellationToken cancellationToken = default);
}
