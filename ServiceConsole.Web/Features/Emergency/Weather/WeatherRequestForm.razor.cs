using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// Records a return or redirect request (EMG-01) as the signed-in user, named on the form; field errors come back from
/// the same use case as the API's.
/// </summary>
public sealed partial class WeatherRequestForm
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _kind = "return";
    private string? _name;
    private string? _phone;
    private string? _waybill;
    private string? _newAddress;
    private string? _note;
    private bool _busy;

    /// <summary>The signed-in user, who records the request.</summary>
    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    /// <summary>A request was recorded; the page reloads.</summary>
    [Parameter]
    public EventCallback Recorded { get; set; }

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IWeatherRequestRecorder Weather { get; init; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<EmergencyFlowResource> L { get; init; }

    /// <summary>The recorder as people read them: the signed-in user's display name.</summary>
    private string RecordedBy => Staff.NameOf(Actor.Name);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field)?.FirstOrDefault();

    private async Task SubmitAsync()
    {
        _busy = true;
        try
        {
            var result = await Weather.RecordRequestAsync(
                new WeatherRequestCreateRequest(_name, _phone, _waybill, _kind, _newAddress, _note, RecordedBy: null), Actor);
            _errors = Messages.Fields(result, L).ToDictionary(e => e.Key, e => new[] { e.Value });
            if (result.Succeeded)
            {
                (_name, _phone, _waybill, _newAddress, _note) = (null, null, null, null, null);
                await Recorded.InvokeAsync();
            }
            else if (result.Errors is null)
            {
                Snackbar.Add(Messages.Problem(result), Severity.Warning);
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
