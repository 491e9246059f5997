using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Training;

/// <summary><c>/api/v1/training/…</c> and <c>/api/v1/agents/{code}/training-file</c> (additions).</summary>
public static class TrainingEndpoints
{
    public static RouteGroupBuilder MapTrainingEndpoints(this RouteGroupBuilder api)
    {
        var training = api.MapGroup("/training").WithTags("Training");

        training.MapPost("/onboarding", async (OnboardingRequest request, ClaimsPrincipal user, OnboardingService service, CancellationToken ct) =>
                (await service.EnrolAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(o => $"/api/v1/training/onboarding/{o.AgentCode}"))
            .RequireAuthorization(Policies.RunTraining)
            .Produces<OnboardingResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "agentCode": "A050", "name": "陈新", "teamCode": "ONL-1", "channel": "online", "startsOn": "2026-12-01", "mentorCode": "A001" }""")
            .WithName("EnrolOnboarding")
            .WithSummary("Enrols an agent (created when the code is new) into the TRN-01 onboarding plan; the agent is held off duty until the exam is passed (an addition).");

        training.MapGet("/onboarding", async (OnboardingService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .RequireAuthorization(Policies.ViewTraining)
            .Produces<IReadOnlyList<OnboardingResource>>()
            .WithName("ListOnboarding")
            .WithSummary("The onboarding cohort with per-day progress: every onboarding in progress and those passed this month (TRN-01) (an addition).");

        training.MapGet("/onboarding/{agentCode}", async (string agentCode, OnboardingService service, CancellationToken ct) =>
                await service.GetAsync(agentCode, ct) is { } found
                    ? Results.Ok(found)
                    : Results.Problem($"Agent {ValidationErrors.Echo(agentCode)} is not in onboarding.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .RequireAuthorization(Policies.ViewTraining)
            .Produces<OnboardingResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetOnboarding")
            .WithSummary("One agent's onboarding with per-day progress and every exam attempt (TRN-01) (an addition).");

        training.MapPost("/onboarding/{agentCode}/days/{day:int}", async (string agentCode, int day, OnboardingDayRequest? request, ClaimsPrincipal user, OnboardingService service, CancellationToken ct) =>
                (await service.MarkDayAsync(agentCode, day, request?.Note, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.RunTraining)
            .Produces<OnboardingResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "note": "完成系统操作培训。" }""")
            .WithName("MarkOnboardingDay")
            .WithSummary("Marks a day of the plan done, on or after its date, with the trainer's note (TRN-01) (an addition).");

        training.MapPost("/onboarding/{agentCode}/exam", async (string agentCode, OnboardingExamRequest request, ClaimsPrincipal user, OnboardingService service, CancellationToken ct) =>
                (await service.RecordExamAsync(agentCode, request.Theory, request.Practice, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.RunTraining)
            .Produces<OnboardingResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "theory": 86, "practice": 90 }""")
            .WithName("RecordOnboardingExam")
            .WithSummary("Records the exam on or after its day: theory and practice each at least Policy:Training:OnboardingExamPassScore pass and release the hold; a fail is kept and retaken (TRN-01) (an addition).");

        training.MapPost("/sessions", async (TrainingSessionRequest request, ClaimsPrincipal user, TrainingSessions service, CancellationToken ct) =>
                (await service.ScheduleAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(s => $"/api/v1/training/sessions/{s.Id}"))
            .RequireAuthorization(Policies.RunTraining)
            .Produces<TrainingSessionResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithRequestExample("""{ "title": "十二月业务更新", "topics": ["business-updates", "case-sharing"], "startsAt": "2026-12-10T06:00:00Z", "teams": ["ONL-1", "PHN-1"] }""")
            .WithName("ScheduleTrainingSession")
            .WithSummary("Schedules a monthly training session (TRN-02) with reminders to its attendees (an addition).");

        training.MapGet("/sessions", (string? month, TrainingSessions service, CancellationToken ct) =>
                WithMonth(month, service, async m => TypedResults.Ok(await service.ListAsync(m, ct))))
            .RequireAuthorization(Policies.ViewTraining)
            .Produces<IReadOnlyList<TrainingSessionResource>>()
            .ProducesValidationProblem()
            .WithName("ListTrainingSessions")
            .WithSummary("The sessions of a month (yyyy-MM, centre time; default this month) with attendance (TRN-02) (an addition).");

        training.MapGet("/sessions/{id:guid}", async (Guid id, TrainingSessions service, CancellationToken ct) =>
                await service.GetAsync(id, ct) is { } found
                    ? Results.Ok(found)
                    : Results.Problem($"No training session with id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .RequireAuthorization(Policies.ViewTraining)
            .Produces<TrainingSessionResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetTrainingSession")
            .WithSummary("One training session with its attendees (TRN-02) (an addition).");

        training.MapPut("/sessions/{id:guid}/attendance", async (Guid id, AttendanceRequest request, ClaimsPrincipal user, TrainingSessions service, CancellationToken ct) =>
                (await service.RecordAttendanceAsync(id, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.RunTraining)
            .Produces<TrainingSessionResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "agentCode": "A001", "attended": true, "result": "通过" }""")
            .WithName("RecordTrainingAttendance")
            .WithSummary("Records whether an attendee came and their result, once the session has started (TRN-02, TRN-07) (an addition).");

        training.MapGet("/sessions/{month}/missed", (string month, TrainingSessions service, CancellationToken ct) =>
                WithMonth(month, service, async m => TypedResults.Ok(await service.MissedAsync(m, ct))))
            .RequireAuthorization(Policies.ViewTraining)
            .Produces<IReadOnlyList<MissedTrainingResource>>()
            .ProducesValidationProblem()
            .WithName("ListMissedTraining")
            .WithSummary("Agents who missed the month's training: fewer sessions attended than Policy:Training:MonthlyTrainingSessions, with a missed session or the month over; agents in onboarding left out (TRN-02) (an addition).");

        training.MapPost("/assignments/{id:guid}/result", async (Guid id, TrainingResultRequest request, ClaimsPrincipal user, ITrainingAssignments service, CancellationToken ct) =>
                request.Passed is not { } passed
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["passed"] = ["passed is required (true or false)."] })
                    : (await service.RecordResultAsync(id, passed, request.Score, request.Note, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.RunTraining)
            .Produces<TrainingAssignmentResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "passed": true, "score": 88, "note": "复训合格。" }""")
            .WithName("RecordTrainingResult")
            .WithSummary("Records the result of a required training: a pass releases the training hold, a fail suspends (TRN-05/06, SVC-11) (an addition).");

        training.MapGet("/assignments", async (TrainingAssignments service, CancellationToken ct) => TypedResults.Ok(await service.OpenAsync(ct)))
            .RequireAuthorization(Policies.ViewTraining)
            .Produces<IReadOnlyList<TrainingAssignmentResource>>()
            .WithName("ListOpenTrainingAssignments")
            .WithSummary("Required trainings (TRN-05 remedial, SVC-11 service norms) still waiting for their result, oldest first (an addition).");

        api.MapGet("/agents/{code}/training-file", async (string code, ClaimsPrincipal user, ITrainingFile file, CancellationToken ct) =>
            {
                var actor = Actor.FromPrincipal(user);
                var found = actor.ActsOnlyAsAgent && actor.AgentCode != code ? null : await file.ForAgentAsync(code, ct);
                return found is null
                    ? Results.Problem($"No agent with code {ValidationErrors.Echo(code)}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.")
                    : Results.Ok(found);
            })
            .RequireAuthorization(Policies.ReadTrainingFile)
            .WithTags("Agents")
            .Produces<TrainingFileResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetTrainingFile")
            .WithSummary("An agent's training file: onboarding days and exams, monthly sessions, required trainings (TRN-07); an agent reads only their own (an addition).");
        return api;
    }

    private static async Task<IResult> WithMonth(string? month, TrainingSessions service, Func<string, Task<IResult>> read)
    {
        if (month is null)
        {
            return await read(service.CurrentMonth);
        }

        return DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? await read(month)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["month is written yyyy-MM."] });
    }
}

/// <summary><c>POST /api/v1/training/assignments/{id}/result</c>: the trainer's result of a required training.</summary>
/// <param name="Passed">Whether the agent passed.</param>
/// <param name="Score">The score, 0–100, if there is one.</param>
/// <param name="Note">The trainer's note, free text.</param>
public sealed record TrainingResultRequest([Required] bool? Passed, [Range(0d, 100d)] double? Score, [StringLength(1000)] string? Note);
