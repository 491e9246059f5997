namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// One line of an agent's training file (TRN-07). <paramref name="Kind"/>: <c>onboarding-day</c>, <c>onboarding-exam</c>,
/// <c>session</c>, <c>remedial</c> or <c>service-norm</c>; <paramref name="Outcome"/>: <c>done</c>, <c>passed</c>,
/// <c>failed</c>, <c>attended</c>, <c>missed</c>, <c>pending</c> (not recorded yet), <c>upcoming</c> (a session still ahead) or
/// <c>assigned</c>. <paramref name="Topics"/> are the
/// wire names of what it covered (onboarding topics, session topics); <paramref name="Title"/> the session's title or
/// the reason a training was required.
/// </summary>
public sealed record TrainingFileEntry(
    DateTimeOffset At,
    DateOnly Date,
    string Kind,
    string RuleId,
    string Title,
    IReadOnlyList<string> Topics,
    string Outcome,
    double? Theory,
    double? Practice,
    double? Score,
    string? Result,
    string? Note,
    Guid? SourceId);

/// <summary><c>GET /api/v1/agents/{code}/training-file</c>: every training of one agent, newest first.</summary>
public sealed record TrainingFileResource(string AgentCode, string AgentName, string TeamCode, IReadOnlyList<TrainingFileEntry> Entries);

/// <summary>
/// An agent's training over one centre-local year, for the annual assessment (TRN-03) and promotion: monthly sessions
/// attended and missed (pending attendance not counted), and trainings passed and failed — the required trainings
/// (TRN-05, SVC-11) decided that year and the onboarding exam's sittings (TRN-01).
/// </summary>
public sealed record TrainingYearResource(string AgentCode, int Year, int SessionsAttended, int SessionsMissed, int TrainingsPassed, int TrainingsFailed);

/// <summary>The agent's training file (TRN-07), read by screens, the API and the annual assessment.</summary>
public interface ITrainingFile
{
    /// <summary>The file of <paramref name="agentCode"/>; null for an unknown agent.</summary>
    Task<TrainingFileResource?> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default);

    /// <summary>The year's counts for the annual assessment.</summary>
    Task<TrainingYearResource> YearAsync(string agentCode, int year, CancellationToken cancellationToken = default);
}
