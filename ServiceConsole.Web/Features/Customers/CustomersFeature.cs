using System.Security.Claims;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Customers;

/// <summary>The customer behind contacts and complaints: the audited reveal of a masked customer (INF-07).</summary>
public static class CustomersFeature
{
    public static IServiceCollection AddCustomersFeature(this IServiceCollection services) =>
        services.AddSingleton<CustomerReveal>().AddSingleton<ICustomerReveal>(sp => sp.GetRequiredService<CustomerReveal>());

    public static RouteGroupBuilder MapCustomersFeature(this RouteGroupBuilder api)
    {
        api.MapPost("/customers/{id:guid}/reveal", async (Guid id, RevealRequest request, HttpContext http, ClaimsPrincipal user, CustomerReveal reveal, CancellationToken ct) =>
                (await reveal.RevealAsync(id, request.Reason, Actor.FromPrincipal(user), http.Connection.RemoteIpAddress?.ToString(), ct)).ToHttp())
            .RequireAuthorization()
            .WithTags("Customers")
            .Produces<RevealedCustomer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "reason": "客户来电要求核对收件电话。" }""")
            .WithName("RevealCustomer")
            .WithSummary("Shows a masked customer in clear once, for a stated reason; the reveal is audited (an addition, INF-07).");
        return api;
    }
}
