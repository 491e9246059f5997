using Microsoft.AspNetCore.Antiforgery;

namespace ServiceConsole.Web.Auth;

/// <summary>
/// Antiforgery on every state change a signed-in person makes with the cookie (issue 11 part 4): the minimal API under
/// <c>/api</c> and the account endpoints take a POST, PUT, PATCH or DELETE from the cookie only with the request token
/// (header <c>RequestVerificationToken</c>, from <c>GET /account/antiforgery</c>, or the form field the account forms
/// carry). Anything else gets 400 problem details. The API key is not a cookie: a call carrying it passes untouched, and
/// an anonymous call is left to authorization (401).
/// </summary>
public static class CookieAntiforgery
{
    public const string ProblemType = "https://serviceconsole.example/problems/antiforgery";

    private static readonly PathString[] Guarded = ["/api", "/account"];

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
                || !Guarded.Any(p => request.Path.StartsWithSegments(p))
                || ApiKeyAuthenticationHandler.CarriesKey(request)
                || context.User.Identity?.IsAuthenticated != true
                || await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await next(context);
                return;
            }

            await Results.Problem(
                "A signed-in request that changes something must carry the antiforgery token (header RequestVerificationToken).",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Antiforgery token missing or invalid.",
                type: ProblemType).ExecuteAsync(context);
        });
}
