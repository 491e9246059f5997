using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// What the complaint's action forms share: the service's field errors of their last submission, shown in
/// the viewer's language on the field (the service's own words in the tooltip) until the field is edited.
/// </summary>
public abstract class ComplaintActionForm : ComponentBase
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();
    private readonly HashSet<string> _edited = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string[]>? _shown;

    /// <summary>Field errors of the last submission, keyed by the request's camelCase field name.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = NoErrors;

    /// <summary>A step is being saved: the buttons wait.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    protected override void OnParametersSet()
    {
        // A new submission brings new errors: forget which fields were edited since the last one.
        if (!ReferenceEquals(Errors, _shown))
        {
            _shown = Errors;
            _edited.Clear();
        }
    }

    protected bool HasError(string field) => Errors.ContainsKey(field) && !_edited.Contains(field);

    protected string? ErrorFor(string field)
    {
        if (!HasError(field))
        {
            return null;
        }

        var message = L[$"LifecycleError_{field}"];
        return message.ResourceNotFound ? ServiceMessage(field) : message.Value;
    }

    /// <summary>The service's own words, for the tooltip.</summary>
    protected string? ServiceMessage(string field) =>
        HasError(field) && Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    protected void Edited(string field) => _edited.Add(field);
}
