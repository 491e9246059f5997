using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Resources;

namespace ServiceConsole.Web.Components;

/// <summary>
/// Turns what a service decided into what the viewer reads, in the viewer's language. The services' own details are
/// written in English for integrators and logs; they never reach a screen.
/// </summary>
public sealed class ResultMessages(IStringLocalizer<SharedResource> shared)
{
    /// <summary>The sentence for a result that did not succeed.</summary>
    /// <param name="status">Localizes the current status a refused step names (e.g. a complaint's), when the screen knows its words.</param>
    public string Problem<T>(OperationResult<T> result, Func<string, string?>? status = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            OperationStatus.Invalid => shared["Outcome_Invalid"],
            OperationStatus.NotFound => shared["Outcome_NotFound"],
            OperationStatus.Forbidden => shared["Outcome_Forbidden"],
            OperationStatus.Conflict when CurrentStatus(result) is { } current && status?.Invoke(current) is { } word => shared["Outcome_RefusedIn", word],
            OperationStatus.Conflict => shared["Outcome_Conflict"],
            _ => shared["Outcome_Failed"],
        };
    }

    /// <summary>
    /// Each field the service refused, with the feature's own words for it (<c>Error_{field}</c> in
    /// <paramref name="feature"/>) or a plain "check this field".
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields<T>(OperationResult<T> result, IStringLocalizer feature)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(feature);
        return (result.Errors ?? new Dictionary<string, string[]>()).Keys.ToDictionary(field => field, field => Field(field, feature));
    }

    /// <summary>The words for one refused field.</summary>
    public string Field(string field, IStringLocalizer feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var own = feature[$"Error_{field}"];
        return own.ResourceNotFound ? shared["Outcome_FieldInvalid"] : own.Value;
    }

    /// <summary>The status a refused transition names (<see cref="OperationResult{T}.Refused"/>), if any.</summary>
    public static string? CurrentStatus<T>(OperationResult<T> result) =>
        result.Extensions?.TryGetValue("currentStatus", out var status) == true ? status as string : null;
}
