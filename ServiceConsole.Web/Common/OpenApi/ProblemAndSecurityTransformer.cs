using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Common.OpenApi;

/// <summary>
/// Each operation says who may call it and every RFC 9457 problem it can answer, from the endpoint's own metadata:
/// its authorization policy gives the security requirement (the API key when the policy admits
/// <see cref="Roles.Integration"/>, the sign-in cookie when it admits a person) with 401 and 403; a body or a query
/// gives the 400 validation problem (an unreadable body is one too, see <see cref="BadRequestExceptionHandler"/>); a
/// route value gives 404 (an unknown id, and a record outside the caller's scope); rate limiting gives 429.
/// </summary>
public sealed class ProblemAndSecurityTransformer(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public const string ApiKeyScheme = "ApiKey";
    public const string CookieScheme = "Cookie";
    public const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document ?? throw new InvalidOperationException("An operation transformer runs inside a document.");
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];

        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        if (authorize.Count > 0 && !metadata.OfType<IAllowAnonymous>().Any())
        {
            var roles = await RolesOfAsync(authorize);
            ApiDocumentTransformer.EnsureSecuritySchemes(document);
            operation.Security = [];
            if (roles.Count == 0 || roles.Contains(Roles.Integration))
            {
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] });
            }

            if (roles.Count == 0 || roles.Any(r => r != Roles.Integration))
            {
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] });
            }

            var who = roles.Count == 0
                ? "any signed-in user or the API key"
                : string.Join(", ", roles.Select(r => r == Roles.Integration ? "the API key" : r));
            operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Who may call: {who}." : $"{operation.Description}\n\nWho may call: {who}.";
            AddProblem(operation, document, StatusCodes.Status401Unauthorized, "No API key, a wrong key, or not signed in.");
            AddProblem(operation, document, StatusCodes.Status403Forbidden, "The caller's role may not do this.");
        }

        var parameters = context.Description.ParameterDescriptions;
        if (operation.RequestBody is not null || parameters.Any(p => p.Source.Id is "Query" or "Body"))
        {
            AddProblem(operation, document, StatusCodes.Status400BadRequest, "Invalid fields, keyed by the camelCase field name; nothing is stored.", validation: true);
        }

        if (parameters.Any(p => p.Source.Id == "Path"))
        {
            AddProblem(operation, document, StatusCodes.Status404NotFound, "No such record, or one outside the caller's scope.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            AddProblem(operation, document, StatusCodes.Status429TooManyRequests, "Too many requests; retry after the Retry-After header's seconds.");
        }

        if (operation.Responses.TryGetValue("400", out var bad) && bad is OpenApiResponse badResponse)
        {
            badResponse.Description = "Invalid fields, keyed by the camelCase field name; nothing is stored.";
        }
    }

    private async Task<HashSet<string>> RolesOfAsync(IEnumerable<IAuthorizeData> authorize)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var data in authorize)
        {
            foreach (var role in data.Roles?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
            {
                roles.Add(role);
            }

            if (data.Policy is { } name && await policies.GetPolicyAsync(name) is { } policy)
            {
                foreach (var requirement in policy.Requirements.OfType<RolesAuthorizationRequirement>())
                {
                    roles.UnionWith(requirement.AllowedRoles);
                }
            }
        }

        return roles;
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiDocument document, int status, string description, bool validation = false)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        var schema = validation ? "HttpValidationProblemDetails" : "ProblemDetails";
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, document) },
            },
        };
    }
}
