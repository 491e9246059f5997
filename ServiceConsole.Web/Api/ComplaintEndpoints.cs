using System.Security.Claims;
using ServiceConsole.Web.Api.Contracts;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Services;

namespace ServiceConsole.Web.Api;

public static class ComplaintEndpoints
{
    public static RouteGroupBuilder MapComplaintEndpoints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints")
            .RequireAuthorization(policy => policy.RequireRole(
                Roles.Integration, Roles.Agent, Roles.Supervisor, Roles.ComplaintSpecialist, Roles.Coordinator, Roles.Admin));

        complaints.MapPost("/", async (ComplaintCreateRequest request, ClaimsPrincipal user, ComplaintService service, CancellationToken ct) =>
                (await service.CreateAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(c => $"/api/v1/complaints/{c.Id}"))
            .Produces<ComplaintResource>(StatusCodes.Status201Created)
            .Produces<ComplaintResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateComplaint")
            .WithSummary("Register a complaint (CMP-01); severity and deadlines follow CMP-02…04. Idempotent on externalId.");

        complaints.MapGet("/", async (string? status, string? issueKey, string? page, string? pageSize, ClaimsPrincipal user, ComplaintService service, CancellationToken ct) =>
                (await service.ListAsync(status, issueKey, page, pageSize, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<ComplaintPage>()
            .ProducesValidationProblem()
            .WithName("ListComplaints")
            .WithSummary("Complaints, newest first; status=open (default) or all.");

        complaints.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ComplaintService service, CancellationToken ct) =>
                await service.GetAsync(id, Actor.FromPrincipal(user), ct) is { } complaint
                    ? Results.Ok(complaint)
                    : TypedResults.Problem($"No complaint with id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .Produces<ComplaintResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetComplaint");

        return api;
    }
}
