using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ServiceConsole.Web.Common.OpenApi;

/// <summary>Per-endpoint documentation the generator cannot infer.</summary>
public static class OpenApiExamples
{
    /// <summary>A request body example for the operation, in the document as the JSON body's <c>example</c>.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, string json)
        where TBuilder : IEndpointConventionBuilder
    {
        var example = JsonNode.Parse(json) ?? throw new ArgumentException("The example is JSON null.", nameof(json));
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType body)
            {
                body.Example = example.DeepClone();
            }

            return Task.CompletedTask;
        });
    }
}
