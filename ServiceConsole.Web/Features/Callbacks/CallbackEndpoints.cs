using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Callbacks;

public static class CallbackEndpoints
{
    /// <summary>The callback routes of the contract; <c>POST /contacts/{id}/promise</c> for now (SVC-05).</summary>
    public static RouteGroupBuilder MapCallbackEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/contacts/{id:guid}/promise", async (Guid id, PromiseRequest request, ClaimsPrincipal user, CallbackService service, CancellationToken ct) =>
                (await service.PromiseAsync(id, request.AgentCode, Actor.FromPrincipal(user), ct)).ToHttp(t => $"/api/v1/callbacks?status=open&agentCode={Uri.EscapeDataString(t.AgentCode ?? "")}"))
            .RequireAuthorization(Policies.HandleContacts)
            .WithTags("Callbacks")
            .Produces<CallbackResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "agentCode": "A001" }""")
            .WithName("PromiseCallback")
            .WithSummary("Promise the customer a reply within 1 hour: a promise callback task for the agent (SVC-05).");
        api.MapGet("/callbacks", async ([AllowedValues("open", "done", "all")] string? status, string? agentCode, ClaimsPrincipal user, CallbackService service, CancellationToken ct) =>
                (await service.ListAsync(status, agentCode, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.WorkComplaints)
            .WithTags("Callbacks")
            .Produces<IReadOnlyList<CallbackResource>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListCallbacks")
            .WithSummary("Callback tasks, soonest due first: status=open (default), done or all; optionally one agent's.");
        api.MapPost("/callbacks/{id:guid}/complete", async (Guid id, CallbackCompleteRequest? request, ClaimsPrincipal user, CallbackService service, CancellationToken ct) =>
                (await service.CompleteAsync(id, request?.Note, Actor.FromPrincipal(user), ct)).ToHttp())
            .RequireAuthorization(Policies.WorkComplaints)
            .WithTags("Callbacks")
            .Produces<CallbackResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample("""{ "note": "已告知客户包裹明日派送。" }""")
            .WithName("CompleteCallback")
            .WithSummary("Mark a promise or recovery callback made (an addition); late is recorded as a breach.");
        return api;
    }
}
