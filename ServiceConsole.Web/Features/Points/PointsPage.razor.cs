using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// SVC-10…12 for supervisors (<c>/points</c>): the month's excellent agent (proposal, figures, confirmation), the
/// points ledger of agents and couriers by month and person, and recording a norm violation. Live: a new entry, a
/// verification that holds someone accountable, or a confirmation elsewhere reloads what is shown.
/// </summary>
public sealed partial class PointsPage
{
    private const string AllSubjects = "all";
    private const int ShownCandidates = 8;

    private IReadOnlyList<string> _months = [];
    private IReadOnlyList<PointsAgent> _agents = [];
    private string _recognitionMonth = "";
    private string _ledgerMonth = "";
    private RecognitionResource? _recognition;
    private IReadOnlyList<PointsEntryResource>? _entries;
    private string _subject = AllSubjects;
    private string? _who;
    private string? _chosen;
    private string? _confirmReason;
    private Dictionary<string, string> _confirmErrors = [];
    private bool _recording;
    private string? _violationAgent;
    private Guid? _violationComplaint;
    private string? _violationReason;
    private IReadOnlyList<PointsComplaintChoice> _complaintChoices = [];
    private Dictionary<string, string> _violationErrors = [];
    private bool _busy;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required IPointsLedger Ledger { get; init; }

    [Inject]
    public required IExcellentAgentRecognition Recognition { get; init; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required ResultMessages Results { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    [Inject]
    public required IStringLocalizer<PointsResource> L { get; init; }

    private string Bonus => Policy.Value.Service.ExcellentAgentBonusYuan.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The entries the filters leave.</summary>
    private List<PointsEntryResource> Shown =>
    [
        .. (_entries ?? []).Where(e => (_subject == AllSubjects || e.Subject == _subject) && (_who is null || PersonKey(e) == _who)),
    ];

    /// <summary>Everyone in the month's entries of the chosen kind, by name.</summary>
    private IEnumerable<(string Key, string Name)> People =>
        (_entries ?? [])
            .Where(e => _subject == AllSubjects || e.Subject == _subject)
            .Select(e => (Key: PersonKey(e), Name: e.Subject == "agent" ? e.Name : $"{e.Name} · {L["Courier"]}"))
            .Distinct()
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    protected override async Task OnInitializedAsync()
    {
        // Months are counted in the centre's zone, whatever zone the viewer reads times in.
        var current = CentreMonth.Of(Clock.GetUtcNow(), Clock.CentreZone);
        var months = new List<string>();
        for (var (month, i) = (current, 0); i < 12; month = month.Previous, i++)
        {
            months.Add(month.ToString());
        }

        _months = months;
        _ledgerMonth = current.ToString();
        _recognitionMonth = current.Previous.ToString();
        _agents = await Ledger.AgentsAsync();
        await Task.WhenAll(LoadLedgerAsync(), LoadRecognitionAsync());
    }

    private static string PersonKey(PointsEntryResource entry) => $"{entry.Subject}:{entry.Code}";

    private static bool Follows(LiveChange change) => change switch
    {
        PointsRecorded or ExcellentAgentConfirmed => true,
        ComplaintChanged { Complaint.Accountability: not null } => true,
        _ => false,
    };

    private async Task OnChangedAsync(IReadOnlyList<LiveChange> changes)
    {
        await LoadLedgerAsync();
        if (changes.Any(c => c is ExcellentAgentConfirmed or PointsRecorded))
        {
            await LoadRecognitionAsync();
        }
    }

    private async Task LoadLedgerAsync()
    {
        var result = await Ledger.ListAsync(null, null, _ledgerMonth, Viewer.Actor);
        _entries = result.Value ?? [];
    }

    private async Task LoadRecognitionAsync()
    {
        var result = await Recognition.GetAsync(_recognitionMonth);
        _recognition = result.Value;
        _chosen ??= _recognition?.Confirmed is null ? _recognition?.Proposal?.AgentCode : null;
    }

    private async Task RecognitionMonthChangedAsync(string month)
    {
        (_recognitionMonth, _recognition, _chosen, _confirmReason, _confirmErrors) = (month, null, null, null, []);
        await LoadRecognitionAsync();
    }

    private async Task LedgerMonthChangedAsync(string month)
    {
        (_ledgerMonth, _entries, _who) = (month, null, null);
        await LoadLedgerAsync();
    }

    private void SubjectChanged(string subject) => (_subject, _who) = (subject, null);

    private async Task ConfirmAsync()
    {
        if (_chosen is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var reason = _chosen == _recognition?.Proposal?.AgentCode ? null : _confirmReason;
            var result = await Recognition.ConfirmAsync(_recognitionMonth, new RecognitionConfirmRequest(_chosen, reason), Viewer.Actor);
            _confirmErrors = new(Results.Fields(result, L));
            if (result.Succeeded)
            {
                Say(Severity.Success, L["Confirmed", result.Value!.Name, MonthName(result.Value.Month)]);
            }
            else if (result.Status != OperationStatus.Invalid)
            {
                Say(Severity.Error, Results.Problem(result));
            }

            await LoadRecognitionAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void StartRecording()
    {
        (_recording, _violationAgent, _violationComplaint, _violationReason, _violationErrors, _complaintChoices) = (true, null, null, null, [], []);
    }

    private async Task ViolationAgentChangedAsync(string agentCode)
    {
        (_violationAgent, _violationComplaint) = (agentCode, null);
        _complaintChoices = await Ledger.ComplaintChoicesAsync(agentCode);
    }

    private async Task RecordViolationAsync()
    {
        _busy = true;
        try
        {
            var result = await Ledger.RecordViolationAsync(new NormViolationRequest(_violationAgent, _violationComplaint, _violationReason), Viewer.Actor);
            _violationErrors = new(Results.Fields(result, L));
            if (result.Succeeded)
            {
                _recording = false;
                Say(Severity.Success, L["ViolationRecorded", result.Value!.Name, -result.Value.Points]);
                await LoadLedgerAsync();
            }
            else if (result.Status != OperationStatus.Invalid)
            {
                Say(Severity.Error, result.Status == OperationStatus.Conflict ? L["ViolationConflict"] : Results.Problem(result));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Say(Severity severity, string message) => (_messageSeverity, _message) = (severity, message);

    private string ComplaintText(Guid? id)
    {
        if (id is null || _complaintChoices.FirstOrDefault(c => c.Id == id) is not { } complaint)
        {
            return "";
        }

        var category = L[$"Category_{complaint.Category}"];
        var text = $"{Clock.Full(complaint.ReceivedAt)[..10]} · {category} · {complaint.ExternalId}";
        return complaint.AgentAtFault ? $"{text} · {L["AgentAtFault"]}" : text;
    }

    /// <summary>A month as the viewer reads it: 2026年11月, November 2026.</summary>
    private static string MonthName(string month) =>
        CentreMonth.TryParse(month, out var parsed)
            ? new DateTime(parsed.Year, parsed.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("Y", CultureInfo.CurrentUICulture)
            : month;

    private static string Mean(double mean) => mean.ToString("0.00", CultureInfo.InvariantCulture);
}
