using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace ServiceConsole.Web.Common;

/// <summary>
/// A body that is not valid JSON, or a value of the wrong type, becomes a 400 problem detail naming the
/// field (camelCase, from the JSON path) instead of a bare 400.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var field = FieldOf(badRequest.InnerException as JsonException) ?? "body";
        var message = badRequest.InnerException is JsonException
            ? $"{field} has a value of the wrong type or the body is not valid JSON."
            : badRequest.Message;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields.",
        };
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string? FieldOf(JsonException? json)
    {
        var path = json?.Path;
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var name = path.TrimStart('$', '.').Split('.', '[')[0];
        return name.Length == 0 ? null : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
