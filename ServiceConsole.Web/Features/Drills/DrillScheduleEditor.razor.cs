using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// EMG-05: edits one drill schedule. The cron expression is checked by Quartz as it is typed (it is read in the
/// centre's zone, as the scheduler reads it), and the next fire times are shown in the viewer's zone like every other
/// time on screen, so the trainer sees what the scheduler will do before saving.
/// The service checks everything again; its field errors land next to their fields.
/// </summary>
public sealed partial class DrillScheduleEditor
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private EmergencyMode _mode = EmergencyMode.Outage;
    private string? _cron;
    private bool _enabled = true;
    private string? _note;
    private DrillCronCheck _check = new("", DrillCronProblem.Missing, null, []);
    private string? _failure;
    private bool _saving;

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IStringLocalizer<DrillResource> L { get; init; }

    [Inject]
    public required IDrillScheduleService Drills { get; init; }

    [Inject]
    public required DrillCronPreview Preview { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    /// <summary>The schedule to edit; null for a new one (default cron from <c>Policy:Emergency:DrillCron</c>).</summary>
    [Parameter]
    public DrillScheduleView? Schedule { get; set; }

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    [Parameter]
    public EventCallback<DrillScheduleView> Saved { get; set; }

    [Parameter]
    public EventCallback Cancelled { get; set; }

    private string DefaultCron => Policy.Value.Emergency.DrillCron;

    protected override void OnParametersSet()
    {
        _mode = Schedule?.Mode ?? EmergencyMode.Outage;
        _cron = Schedule?.CronExpression ?? DefaultCron;
        _enabled = Schedule?.Enabled ?? true;
        _note = Schedule?.Note;
        _errors.Clear();
        _failure = null;
        Recheck();
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    private void CronEdited()
    {
        _errors.Remove("cronExpression");
        Recheck();
    }

    private void Recheck()
    {
        _check = Preview.Check(_cron, Time.GetUtcNow());
        if (!_check.IsValid && !string.IsNullOrWhiteSpace(_cron))
        {
            _errors["cronExpression"] = CronMessage(_check);
        }
    }

    private async Task SaveAsync()
    {
        Recheck();
        if (!_check.IsValid)
        {
            _errors["cronExpression"] = CronMessage(_check);
            _failure = L["FixFields"];
            return;
        }

        _saving = true;
        try
        {
            var result = await Drills.SaveAsync(new DrillScheduleEdit(Schedule?.Id, _mode, _check.Cron, _enabled, _note), Actor);
            if (result.Succeeded && result.Value is { } saved)
            {
                _failure = null;
                await Saved.InvokeAsync(saved);
                return;
            }

            foreach (var field in result.Errors?.Keys ?? [])
            {
                _errors[field] = field switch
                {
                    "cronExpression" => CronMessage(_check),
                    "note" => L["NoteTooLong", DrillSchedule.MaxNoteLength],
                    _ => L["FieldInvalid"],
                };
            }

            _failure = result.Errors is { Count: > 0 } ? L["FixFields"] : Messages.Problem(result);
        }
        finally
        {
            _saving = false;
        }
    }

    private string CronMessage(DrillCronCheck check) => check.Problem switch
    {
        DrillCronProblem.Missing => L["CronMissing"],
        DrillCronProblem.TooLong => L["CronTooLong", DrillSchedule.MaxCronLength],
        DrillCronProblem.NeverFires => L["CronNeverFires"],
        DrillCronProblem.Overlaps => L["CronOverlaps"],
        DrillCronProblem.Invalid => L["CronInvalid", check.Detail ?? ""],
        _ => L["CronRejected"],
    };

    private string FormatFire(DateTimeOffset fire) =>
        Clock.ToLocal(fire).ToString(L["FireFormat"], CultureInfo.CurrentCulture);
}
