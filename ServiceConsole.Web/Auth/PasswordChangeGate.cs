namespace ServiceConsole.Web.Auth;

/// <summary>
/// INF-06: a person whose password has expired changes it before anything else. Every page sends them to
/// <c>/account/password</c>; every API, hub and circuit call answers 403 with problem details that say so. The API key is
/// not a person and never stops here. Sign-out, the language switch and the files the change page needs stay open.
/// </summary>
public static class PasswordChangeGate
{
    public const string ChangePath = "/account/password";
    public const string ProblemType = "https://serviceconsole.example/problems/password-change-required";

    private static readonly PathString[] Open =
    [
        ChangePath, "/account/login", "/account/logout", "/account/antiforgery", "/account/culture", "/account/theme",
        "/_framework", "/_content", "/assets", "/healthz", "/favicon.ico",
    ];

    private static readonly PathString[] Machine = ["/api", "/hubs", "/_blazor"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (Open.Any(p => path.StartsWithSegments(p))
                || !context.RequestServices.GetRequiredService<PasswordExpiry>().MustChange(context.User))
            {
                await next(context);
                return;
            }

            if (Machine.Any(p => path.StartsWithSegments(p)))
            {
                await Results.Problem(
                    "The password has expired (INF-06); change it at /account/password before any other call.",
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Password change required.",
                    type: ProblemType).ExecuteAsync(context);
                return;
            }

            var here = path + context.Request.QueryString;
            context.Response.Redirect($"{ChangePath}?returnUrl={Uri.EscapeDataString(here)}");
        });
}
