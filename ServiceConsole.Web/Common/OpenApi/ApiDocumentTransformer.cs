using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Common.OpenApi;

/// <summary>The document's title and conventions, its two authentication schemes and the problem-details schemas every operation refers to.</summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        document.Info = new OpenApiInfo
        {
            Title = "ServiceConsole integration API",
            Version = "v1",
            Description =
                "The HTTP API the telephony system, the chat platform, the outlets and the logistics system feed the console through. "
                + "JSON in camelCase; instants are UTC ISO 8601 (2026-11-22T08:00:00Z); money is yuan as a decimal number; enums are "
                + "the lower-case strings listed. Errors are RFC 9457 problem details (application/problem+json): 400 lists the invalid "
                + "fields under `errors`, keyed by the camelCase field name, and nothing is stored. Ingest is idempotent on `externalId`: "
                + "the same content again answers 200 with the stored resource, different content 409. Integrations send `X-Api-Key`; "
                + "a signed-in user of the console may call with the sign-in cookie, within their role.",
        };

        EnsureSecuritySchemes(document);
        document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var (name, type) in new[] { ("ProblemDetails", typeof(ProblemDetails)), ("HttpValidationProblemDetails", typeof(HttpValidationProblemDetails)) })
        {
            if (!document.Components.Schemas.ContainsKey(name))
            {
                document.Components.Schemas[name] = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
            }
        }
    }

    /// <summary>The API key header the integrations send and the cookie a signed-in user's browser sends.</summary>
    internal static void EnsureSecuritySchemes(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes.TryAdd(ProblemAndSecurityTransformer.ApiKeyScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "The integration key, configuration key ServiceConsole:Ingest:ApiKey. No key or a wrong key: 401.",
        });
        document.Components.SecuritySchemes.TryAdd(ProblemAndSecurityTransformer.CookieScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "ServiceConsole.Auth",
            Description = "The sign-in cookie of a console user (POST /account/login). A write with the cookie also carries the "
                + "antiforgery request token in the RequestVerificationToken header (GET /account/antiforgery); without it: 400.",
        });
    }
}
