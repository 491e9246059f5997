using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency;

/// <summary>The emergency scripts in force (EMG-01/02), reloaded whenever a mode changes or a notice is published.</summary>
public sealed partial class EmergencyScriptCard
{
    private IReadOnlyList<EmergencyScript> _scripts = [];

    [Inject]
    public required IEmergencyScriptSource Source { get; init; }

    [Inject]
    public required IStringLocalizer<EmergencyFlowResource> L { get; init; }

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _scripts = await Source.ActiveAsync();

    private static bool Follows(LiveChange change) =>
        change is EmergencyChanged or EmergencyNoticePublished;
}
