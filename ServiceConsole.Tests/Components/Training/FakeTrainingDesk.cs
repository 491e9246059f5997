using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Components.Training;

/// <summary>The training desk as the screens see it: lists a test fills, and every step recorded and answered as the test says.</summary>
public sealed class FakeTrainingDesk(DateOnly today) : ITrainingDesk
{
    public List<OnboardingResource> Cohort { get; } = [];

    public List<TrainingSessionResource> Sessions { get; } = [];

    public List<MissedTrainingResource> Missed { get; } = [];

    public List<TrainingAssignmentResource> Open { get; } = [];

    public List<TeamOption> Teams { get; } =
    [
        new("ONL-1", "在线客服一组", "online"),
        new("CTR-1", "网点柜台组", "offline"),
    ];

    public List<AgentOption> Mentors { get; } = [new("A033", "唐丽", "CTR-1"), new("A001", "谢强", "ONL-1")];

    /// <summary>Every step the screen took, as a name and its arguments.</summary>
    public List<(string Step, object Request)> Calls { get; } = [];

    /// <summary>What the next step answers; success with an empty resource when null.</summary>
    public IReadOnlyDictionary<string, string[]>? NextErrors { get; set; }

    public double OnboardingPassScore => 60;

    public int OnboardingDays => 7;

    public int MonthlySessions => 1;

    public int SessionHours => 2;

    public string CurrentMonth => today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public DateOnly Today => today;

    public Task<IReadOnlyList<OnboardingResource>> CohortAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OnboardingResource>>([.. Cohort]);

    public Task<IReadOnlyList<TrainingSessionResource>> SessionsAsync(string month, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TrainingSessionResource>>([.. Sessions.Where(s => s.Month == month)]);

    public Task<IReadOnlyList<MissedTrainingResource>> MissedAsync(string month, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<MissedTrainingResource>>([.. Missed]);

    public Task<IReadOnlyList<TrainingAssignmentResource>> OpenTrainingsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<TrainingAssignmentResource>>([.. Open]);

    public Task<IReadOnlyList<TrainingSessionResource>> UpcomingAsync(string agentCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TrainingSessionResource>>([.. Sessions.Where(s => s.Attendees.Any(a => a.AgentCode == agentCode))]);

    public Task<IReadOnlyList<TeamOption>> TeamsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<TeamOption>>([.. Teams]);

    public Task<IReadOnlyList<AgentOption>> MentorsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<AgentOption>>([.. Mentors]);

    public Task<OperationResult<OnboardingResource>> EnrolAsync(OnboardingRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Answer<OnboardingResource>("enrol", request);

    public Task<OperationResult<OnboardingResource>> MarkDayAsync(string agentCode, int day, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        Answer<OnboardingResource>("day", (agentCode, day, note, actor.Name));

    public Task<OperationResult<OnboardingResource>> RecordExamAsync(string agentCode, double? theory, double? practice, Actor actor, CancellationToken cancellationToken = default) =>
        Answer<OnboardingResource>("exam", (agentCode, theory, practice));

    public Task<OperationResult<TrainingSessionResource>> ScheduleAsync(TrainingSessionRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Answer<TrainingSessionResource>("schedule", request);

    public Task<OperationResult<TrainingSessionResource>> RecordAttendanceAsync(Guid sessionId, AttendanceRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Answer<TrainingSessionResource>("attendance", (sessionId, request));

    public Task<OperationResult<TrainingAssignmentResource>> RecordResultAsync(Guid id, bool passed, double? score, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        Answer<TrainingAssignmentResource>("result", (id, passed, score, note));

    private Task<OperationResult<T>> Answer<T>(string step, object request)
    {
        Calls.Add((step, request));
        if (NextErrors is { } errors)
        {
            NextErrors = null;
            return Task.FromResult(OperationResult<T>.Invalid(errors));
        }

        return Task.FromResult(OperationResult<T>.Ok(default!));
    }
}
