using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency;

/// <summary>The emergency scripts in force (EMG-01/02), reloaded whenever a mode changes or a notice is published.</summary>
public sealed partial class EmergencyScriptCard : IDisposable
{
    private IReadOnlyList<EmergencyScript> _scripts = [];
    private LiveRefresh? _live;

    [Inject]
    public required IEmergencyScriptSource Source { get; init; }

    [Inject]
    public required ChangeFeed Feed { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required IStringLocalizer<EmergencyFlowResource> L { get; init; }

    [Inject]
    public required ILogger<EmergencyScriptCard> Logger { get; init; }

    protected override async Task OnInitializedAsync() => _scripts = await Source.ActiveAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _live = new LiveRefresh(
            Feed,
            change => change is EmergencyChanged or EmergencyNoticePublished,
            TimeSpan.FromMilliseconds(150),
            Time,
            () => InvokeAsync(async () =>
            {
                _scripts = await Source.ActiveAsync();
                StateHasChanged();
            }),
            ex => Logger.LogWarning(ex, "Refreshing the emergency script failed; the next change retries"),
            catchUp: true);
    }

    public void Dispose()
    {
        _live?.Dispose();
    }
}
