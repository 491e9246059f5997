using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// Records waiting customers of an outage (EMG-02) and lists them. The signed-in agent records a line; the time and the
/// recorder are typed only for a paper form (the one written on it), else they are now and the agent.
/// </summary>
public sealed partial class OutageWaitingForm
{
    /// <summary>INF-07: each waiting customer reads in clear only to the agent who recorded them.</summary>
    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required PersonalDataAccess Access { get; init; }

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _name;
    private string? _phone;
    private string? _waybill;
    private string? _issue;
    // Empty: the signed-in agent recorded it. Typed only for a paper form another agent filled in.
    private string? _recordedBy;
    private string? _time;
    private bool _busy;

    [Parameter, EditorRequired]
    public OutageResource Outage { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    /// <summary>A line was recorded; the page reloads.</summary>
    [Parameter]
    public EventCallback Recorded { get; set; }

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IOutageWaitingRecorder Outages { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<EmergencyFlowResource> L { get; init; }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field)?.FirstOrDefault();

    private async Task SubmitAsync()
    {
        DateTimeOffset? recordedAt = null;
        if (!string.IsNullOrWhiteSpace(_time))
        {
            if (!TimeOnly.TryParseExact(_time.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                _errors = new Dictionary<string, string[]> { ["recordedAt"] = [L["TimeFormat"]] };
                return;
            }

            recordedAt = OnOutageDay(time);
        }

        _busy = true;
        try
        {
            var result = await Outages.RecordWaitingAsync(
                new OutageWaitingRequest(_name, _phone, _waybill, _issue, _recordedBy, recordedAt), Actor);
            _errors = Messages.Fields(result, L).ToDictionary(e => e.Key, e => new[] { e.Value });
            if (result.Errors is null && !result.Succeeded)
            {
                Snackbar.Add(Messages.Problem(result), MudBlazor.Severity.Warning);
            }

            if (result.Succeeded)
            {
                (_name, _phone, _waybill, _issue, _time) = (null, null, null, null, null);
                await Recorded.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>A time written on the form, on the outage's day in the viewer's zone (the next day for an outage past midnight).</summary>
    private DateTimeOffset OnOutageDay(TimeOnly time)
    {
        var start = Clock.ToLocal(Outage.StartedAt);
        var local = start.Date + time.ToTimeSpan();
        if (local < start.DateTime.AddMinutes(-1))
        {
            local = local.AddDays(1);
        }
        else if (local < start.DateTime)
        {
            local = start.DateTime; // the minute the outage began, written without its seconds
        }

        return Clock.FromLocal(local);
    }
}
