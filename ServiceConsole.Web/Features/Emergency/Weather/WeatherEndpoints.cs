using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Weather;

public static class WeatherEndpoints
{
    /// <summary>EMG-01: the weather emergency's hub, return and redirect requests and recovery progress (additions to the contract).</summary>
    public static RouteGroupBuilder MapWeatherEndpoints(this RouteGroupBuilder api)
    {
        var weather = api.MapGroup("/emergency/weather").WithTags("Emergency");

        weather.MapGet("/", async (ClaimsPrincipal user, WeatherService service, CancellationToken ct) =>
                Results.Ok(await service.CurrentAsync(Actor.FromPrincipal(user), ct)))
            .RequireAuthorization(Policies.JoinEmergency)
            .Produces<WeatherResource>()
            .WithName("GetWeatherEmergency")
            .WithSummary("Phase, hub, the phase's script, the 2–3 day estimate, request counts and recovery progress (EMG-01).");
        weather.MapPost("/hub", async (WeatherHubRequest request, ClaimsPrincipal user, WeatherService service, CancellationToken ct) =>
                (await service.SetHubAsync(request, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.LeadEmergency)
            .Produces<WeatherResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "hub": "杭州萧山转运中心", "reason": "包裹滞留于此待转运。" }""")
            .WithName("SetWeatherHub")
            .WithSummary("Name the hub where the parcels wait; logged as a mode change and pushed with the response script.");
        weather.MapGet("/requests", async (string? status, ClaimsPrincipal user, WeatherService service, CancellationToken ct) =>
                (await service.ListRequestsAsync(status, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.JoinEmergency)
            .Produces<IReadOnlyList<WeatherRequestResource>>()
            .ProducesValidationProblem()
            .WithName("ListWeatherRequests")
            .WithSummary("Return and redirect requests of the current or last weather emergency, newest first: status=open, done or all (default).");
        weather.MapPost("/requests", async (WeatherRequestCreateRequest request, ClaimsPrincipal user, WeatherService service, CancellationToken ct) =>
                (await service.RecordRequestAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(_ => "/api/v1/emergency/weather/requests?status=open"))
            .RequireAuthorization(Policies.JoinEmergency)
            .Produces<WeatherRequestResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "customerName": "李先生", "customerPhone": "13900139000", "waybillNo": "YD4312345678901", "kind": "redirect", "newAddress": "杭州市西湖区文三路 100 号", "note": "改派至公司地址", "recordedBy": "A001" }""")
            .WithName("RecordWeatherRequest")
            .WithSummary("Record a customer's return or redirect request; in recovery its customer is owed a callback at once.");
        weather.MapPost("/requests/{id:guid}/complete", async (Guid id, ClaimsPrincipal user, WeatherService service, CancellationToken ct) =>
                (await service.CompleteRequestAsync(id, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.JoinEmergency)
            .Produces<WeatherRequestResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CompleteWeatherRequest")
            .WithSummary("The return or redirect has been arranged with the hub.");
        return api;
    }
}
