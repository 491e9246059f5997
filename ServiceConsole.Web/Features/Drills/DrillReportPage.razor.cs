using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>EMG-05: one drill's report: who responded and how fast, which clocks would have been missed. It prints.</summary>
public sealed partial class DrillReportPage
{
    private DrillRunView? _run;
    private bool _loaded;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    [Inject]
    public required IStringLocalizer<DrillResource> L { get; init; }

    [Inject]
    public required IDrillScheduleService Drills { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _run = await Drills.GetRunAsync(Id);
        _loaded = true;
    }

    private string Local(DateTimeOffset instant) =>
        Clock.Full(instant);

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");
}
