using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Weather;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>Stands in for the weather service on the request form: keeps what was sent, and as whom.</summary>
internal sealed class FakeWeatherRequestRecorder : IWeatherRequestRecorder
{
    public List<(WeatherRequestCreateRequest Request, Actor Actor)> Recorded { get; } = [];

    public Task<OperationResult<WeatherRequestResource>> RecordRequestAsync(
        WeatherRequestCreateRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        Recorded.Add((request, actor));
        return Task.FromResult(OperationResult<WeatherRequestResource>.Created(new WeatherRequestResource(
            Guid.NewGuid(), request.CustomerName!, request.CustomerPhone!, request.WaybillNo!, request.Kind!, request.NewAddress, request.Note,
            actor.AgentCode ?? actor.Name, ConsoleComponentTest.Now, null, null, false)));
    }
}
