namespace ServiceConsole.Web.Common.OpenApi;

/// <summary>
/// <c>/openapi/v1.json</c> as integrators build on it: what a field requires and allows (<see cref="WireSchemaTransformer"/>),
/// who may call and the RFC 9457 problems each operation answers (<see cref="ProblemAndSecurityTransformer"/>), the
/// authentication schemes and the document's description (<see cref="ApiDocumentTransformer"/>).
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddConsoleOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<WireSchemaTransformer>();
            options.AddOperationTransformer<ProblemAndSecurityTransformer>();
            options.AddDocumentTransformer<ApiDocumentTransformer>();
        });
}
