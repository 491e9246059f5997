namespace ServiceConsole.Web.Common;

/// <summary>What a use case decided; the API maps it to a status code, a screen to a message.</summary>
public sealed record OperationResult<T>(
    OperationStatus Status, T? Value, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null,
    IDictionary<string, object?>? Extensions = null)
{
    public bool Succeeded => Status is OperationStatus.Ok or OperationStatus.Created;

    public static OperationResult<T> Ok(T value) => new(OperationStatus.Ok, value);

    public static OperationResult<T> Created(T value) => new(OperationStatus.Created, value);

    public static OperationResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(OperationStatus.Invalid, default, errors);

    public static OperationResult<T> Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static OperationResult<T> NotFound(string detail) => new(OperationStatus.NotFound, default, Detail: detail);

    public static OperationResult<T> Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        new(OperationStatus.Conflict, default, Detail: detail, Extensions: extensions);

    /// <summary>A transition the aggregate's state machine refused: 409 naming the current status and the action (one mapping for every capability).</summary>
    public static OperationResult<T> Refused(ServiceConsole.Domain.InvalidTransitionException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Conflict(
            $"{refusal.Message} (current status: {refusal.CurrentStatus})",
            new Dictionary<string, object?> { ["currentStatus"] = refusal.CurrentStatus, ["action"] = refusal.Action });
    }

    public static OperationResult<T> Forbidden(string detail) => new(OperationStatus.Forbidden, default, Detail: detail);

    /// <summary>This refusal (status, errors, detail) as the answer of a use case with another result type.</summary>
    public OperationResult<TOther> Failed<TOther>() =>
        Succeeded ? throw new InvalidOperationException("Only a failed result carries over without its value.") : new(Status, default, Errors, Detail, Extensions);
}
