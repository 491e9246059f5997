namespace ServiceConsole.Web.Common;

/// <summary>Maps a use case's decision to the contract's status codes and RFC 9457 problem details.</summary>
public static class ProblemResults
{
    public static IResult ToHttp<T>(this OperationResult<T> result, Func<T, string>? location = null) => result.Status switch
    {
        OperationStatus.Created when location is not null => TypedResults.Created(location(result.Value!), result.Value),
        OperationStatus.Created or OperationStatus.Ok => TypedResults.Ok(result.Value),
        OperationStatus.Invalid => TypedResults.ValidationProblem(
            result.Errors!, title: "The request has invalid fields.", type: "https://tools.ietf.org/html/rfc9110#section-15.5.1"),
        OperationStatus.NotFound => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status404NotFound, title: "Not found."),
        OperationStatus.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict.", extensions: result.Extensions),
        OperationStatus.Forbidden => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, null),
    };
}
