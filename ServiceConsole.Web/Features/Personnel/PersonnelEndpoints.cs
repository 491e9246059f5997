using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Personnel;

/// <summary><c>/api/v1/personnel/…</c> and the agent's <c>personnel-file</c> and <c>employment</c> (GEN-06, GEN-07).</summary>
public static class PersonnelEndpoints
{
    public static RouteGroupBuilder MapPersonnelEndpoints(this RouteGroupBuilder api)
    {
        var personnel = api.MapGroup("/personnel").WithTags("Personnel");

        personnel.MapGet("/causes", (PersonnelRecords service) => TypedResults.Ok(service.Causes()))
            .Produces<IReadOnlyList<DisciplineCausesResource>>()
            .WithName("ListDisciplineCauses")
            .WithSummary("GEN-07: the rewards and penalties and the causes the policy lists for each, with what an approved penalty takes off the month's rule compliance.")
            .RequireAuthorization(Policies.ReadPersonnelFile);

        personnel.MapGet("/agents", async (PersonnelRecords service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .Produces<IReadOnlyList<PersonnelRowResource>>()
            .WithName("ListPersonnel")
            .WithSummary("Every agent with their employment record (null until HR opens it) and counts of pending, approved rewards and approved penalties.")
            .RequireAuthorization(Policies.ViewPersonnel);

        personnel.MapGet("/records", async (PersonnelRecords service, CancellationToken ct) => TypedResults.Ok(await service.PendingAsync(ct)))
            .Produces<IReadOnlyList<DisciplineRecordResource>>()
            .WithName("ListPendingDisciplineRecords")
            .WithSummary("GEN-07: the rewards and penalties waiting for HR's decision, oldest first.")
            .RequireAuthorization(Policies.ViewPersonnel);

        personnel.MapPost("/records", async (ProposeRecordRequest? request, ClaimsPrincipal user, PersonnelRecords service, CancellationToken ct) =>
                (await service.ProposeAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(r => $"/api/v1/agents/{r.AgentCode}/personnel-file"))
            .Produces<DisciplineRecordResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithRequestExample("""{ "agentCode": "A001", "kind": "commendation", "cause": "热心服务,有具体事迹", "note": "客户来信表扬耐心解答。", "date": "2026-11-20" }""")
            .WithName("ProposeDisciplineRecord")
            .WithSummary("GEN-07: proposes a reward or penalty with one of the causes listed for its kind (supervisors and HR).")
            .RequireAuthorization(Policies.ProposeRecords);

        personnel.MapPost("/records/{id:guid}/approve", async (Guid id, DecideRecordRequest? request, ClaimsPrincipal user, PersonnelRecords service, CancellationToken ct) =>
                (await service.ApproveAsync(id, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<DisciplineRecordResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "note": "同意。" }""")
            .WithName("ApproveDisciplineRecord")
            .WithSummary("GEN-07: HR approves a proposed record; 409 once decided or for the one who proposed it.")
            .RequireAuthorization(Policies.DecideRecords);

        personnel.MapPost("/records/{id:guid}/reject", async (Guid id, DecideRecordRequest? request, ClaimsPrincipal user, PersonnelRecords service, CancellationToken ct) =>
                (await service.RejectAsync(id, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<DisciplineRecordResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "note": "事实不充分。" }""")
            .WithName("RejectDisciplineRecord")
            .WithSummary("GEN-07: HR rejects a proposed record; 409 once decided.")
            .RequireAuthorization(Policies.DecideRecords);

        var agents = api.MapGroup("/agents/{code}").WithTags("Personnel");

        agents.MapGet("/personnel-file", async (string code, ClaimsPrincipal user, PersonnelRecords service, CancellationToken ct) =>
                (await service.FileAsync(code, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<PersonnelFileResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPersonnelFile")
            .WithSummary("The agent's employment record, probation history, rewards and penalties (GEN-06/07). An agent sees only their own; another's answers 404.")
            .RequireAuthorization(Policies.ReadPersonnelFile);

        agents.MapPut("/employment", async (string code, EmploymentRequest? request, ClaimsPrincipal user, PersonnelRecords service, CancellationToken ct) =>
                (await service.SetEmploymentAsync(code, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<EmploymentResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "hireDate": "2026-09-01", "probationEnd": "2026-12-01", "reason": null }""")
            .WithName("SetEmployment")
            .WithSummary("GEN-06: opens the employment record (hire date; probation end defaults to the minimum) or changes the hire date / probation end with a reason; never below the minimum.")
            .RequireAuthorization(Policies.ManageEmployment);

        agents.MapPost("/employment/confirm", async (string code, ConfirmRequest? request, ClaimsPrincipal user, PersonnelRecords service, CancellationToken ct) =>
                (await service.ConfirmAsync(code, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<EmploymentResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "note": "考核合格，准予转正。" }""")
            .WithName("ConfirmEmployment")
            .WithSummary("GEN-06: HR confirms the agent (转正) on or after the probation end; 409 before it or once confirmed.")
            .RequireAuthorization(Policies.ManageEmployment);
        return api;
    }
}
