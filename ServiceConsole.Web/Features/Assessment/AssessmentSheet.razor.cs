using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// The month's assessment sheet (TRN-03…08): one row per agent by display name with the computed parts read-only, the
/// supervisor's attitude score entered inline, the score, grade and consequence, the one-to-one talk and plan per row,
/// the rule behind every number on hover, the interpretation from the options, the grade distribution and the KPI
/// trends. HR, trainers and admins run the month now; HR and admins see the termination proposals.
/// </summary>
public sealed partial class AssessmentSheet
{
    private AssessmentMonth _month;
    private IReadOnlyList<AssessmentMonth> _months = [];
    private IReadOnlyList<MonthlyAssessmentResource>? _rows;
    private readonly Dictionary<string, double?> _drafts = new(StringComparer.Ordinal);
    private string? _saving;
    private bool _running;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private string? _talkAgent;
    private string? _talkOn;
    private string? _talkSummary;
    private string? _talkPlan;
    private bool _talkInvalid;
    private IReadOnlyList<TerminationProposalResource> _proposals = [];
    private IReadOnlyList<AnnualAssessmentResource> _annual = [];
    private AssessmentTexts? _texts;
    private string? _team;

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    /// <summary>The month to open, <c>yyyy-MM</c> (<c>/assessments?month=2026-11</c>); this month when absent.</summary>
    [SupplyParameterFromQuery(Name = "month")]
    public string? MonthQuery { get; set; }

    [Inject]
    public required IMonthlyAssessments Assessments { get; init; }

    [Inject]
    public required AssessmentClock AssessmentClock { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    [Inject]
    public required IOptions<AssessmentOptions> Options { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    [Inject]
    public required IStringLocalizer<AssessmentResource> L { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.SharedResource> Shared { get; init; }

    private AssessmentTexts Texts => _texts ??= new AssessmentTexts(L, Policy.Value);

    private bool MayScore => Viewer.May(Policies.ScoreAttitude);

    private bool MayRun => Viewer.May(Policies.RunAssessments);

    private bool MaySeeProposals => Viewer.May(Policies.ReadTerminationProposals);

    private string MonthKey => _month.ToString();

    private DateTimeOffset DueAt => AssessmentClock.DueAt(_month);

    private bool IsFinal => AssessmentClock.IsFinal(_month);

    private IEnumerable<MonthlyAssessmentResource> Rows => _rows ?? [];

    /// <summary>The rows of the chosen team, or every row; the counts and the chart stay the whole month's.</summary>
    private IEnumerable<MonthlyAssessmentResource> Shown => _team is null ? Rows : Rows.Where(r => r.TeamCode == _team);

    private IEnumerable<(string Code, string Name)> Teams => Rows.Select(r => (r.TeamCode, r.TeamName)).Distinct().OrderBy(t => t.TeamCode, StringComparer.Ordinal);

    private DateTimeOffset? LastComputedAt => _rows is { Count: > 0 } rows ? rows.Max(r => r.ComputedAt) : null;

    private string? LastComputedBy => _rows is { Count: > 0 } rows ? rows.MaxBy(r => r.ComputedAt)!.ComputedBy : null;

    protected override async Task OnParametersSetAsync()
    {
        var current = AssessmentClock.CurrentMonth;
        _months = [.. MonthlyAssessments.MonthsUpTo(current, 24).Reverse()];
        _month = AssessmentMonth.TryParse(MonthQuery, out var asked) && asked <= current ? asked : current;
        await LoadAsync();
    }

    private bool Follows(LiveChange change) => change is AssessmentChanged a && a.Month == MonthKey;

    private async Task LoadAsync()
    {
        _rows = await Assessments.MonthAsync(_month, Viewer.Actor, CancellationToken.None);
        if (MaySeeProposals)
        {
            _proposals = await Assessments.ProposalsAsync(CancellationToken.None);
        }

        _annual = _month.Month == 12 && (await Assessments.AnnualAsync(_month.Year, Viewer.Actor, CancellationToken.None)).Value is { } annual ? annual : [];
    }

    private async Task MonthChangedAsync(AssessmentMonth month)
    {
        _month = month;
        (_message, _talkAgent) = (null, null);
        _drafts.Clear();
        await LoadAsync();
    }

    private double? Draft(MonthlyAssessmentResource row) => _drafts.TryGetValue(row.AgentCode, out var draft) ? draft : row.Attitude;

    private void SetDraft(MonthlyAssessmentResource row, double? value) => _drafts[row.AgentCode] = value;

    private bool Changed(MonthlyAssessmentResource row) => _drafts.TryGetValue(row.AgentCode, out var draft) && draft is not null && draft != row.Attitude;

    private async Task SaveAttitudeAsync(MonthlyAssessmentResource row)
    {
        if (Draft(row) is not { } score)
        {
            return;
        }

        _saving = row.AgentCode;
        try
        {
            var result = await Assessments.ScoreAttitudeAsync(MonthKey, row.AgentCode, new AttitudeRequest(score, null), Viewer.Actor, CancellationToken.None);
            if (result.Succeeded)
            {
                _drafts.Remove(row.AgentCode);
                Say(L["AttitudeSaved", row.AgentName], Severity.Success);
            }
            else
            {
                Say(result.Errors?.ContainsKey("score") == true ? L["AttitudeInvalid"] : result.Detail ?? L["AttitudeInvalid"], Severity.Warning);
            }

            await LoadAsync();
        }
        finally
        {
            _saving = null;
        }
    }

    private async Task RunNowAsync()
    {
        _running = true;
        try
        {
            var result = await Assessments.RunAsync(MonthKey, Viewer.Actor, CancellationToken.None);
            if (result.Value is { } run)
            {
                var text = L["RunDone", run.Agents, run.Graded, run.AwaitingAttitude].Value;
                if (run.SkippedInOnboarding.Count > 0)
                {
                    text += " " + L["RunSkipped", run.SkippedInOnboarding.Count];
                }

                Say(text, Severity.Success);
            }

            await LoadAsync();
        }
        finally
        {
            _running = false;
        }
    }

    private void OpenTalk(MonthlyAssessmentResource row)
    {
        if (_talkAgent == row.AgentCode)
        {
            _talkAgent = null;
            return;
        }

        _talkAgent = row.AgentCode;
        _talkInvalid = false;
        var today = DateOnly.FromDateTime(Clock.Now.DateTime);
        _talkOn = (row.Review?.TalkedOn ?? (today < _month.FirstDay ? _month.FirstDay : today)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _talkSummary = row.Review?.Summary;
        _talkPlan = row.Review?.ImprovementPlan;
    }

    private async Task SaveTalkAsync(MonthlyAssessmentResource row)
    {
        DateOnly? on = DateOnly.TryParseExact(_talkOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var result = await Assessments.ReviewAsync(MonthKey, row.AgentCode, new ReviewRequest(on, _talkSummary, _talkPlan), Viewer.Actor, CancellationToken.None);
        if (result.Succeeded)
        {
            (_talkAgent, _talkInvalid) = (null, false);
            Say(L["TalkSaved", row.AgentName], Severity.Success);
            await LoadAsync();
        }
        else
        {
            _talkInvalid = true;
        }
    }

    private void Say(string message, Severity severity) => (_message, _messageSeverity) = (message, severity);

    private string TipAttitude(MonthlyAssessmentResource row) =>
        row.AttitudeBy is { } by && row.AttitudeAt is { } at
            ? L["TipAttitudeBy", Staff.Label(by, Shared), Clock.Full(at), row.AttitudeNote ?? ""]
            : L["TipAttitude"];

    private static Color GradeColor(string? grade) => grade switch
    {
        "excellent" => Color.Success,
        "qualified" => Color.Info,
        "failed" => Color.Error,
        _ => Color.Default,
    };

    private static string? Miss(double? value, double target) => value is { } v && v < target ? "sc-assess-miss" : null;

    private int Count(string? grade) => Rows.Count(r => r.Grade == grade);
}
