using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Contacts;

public static class ContactEndpoints
{
    public static RouteGroupBuilder MapContactEndpoints(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts")
            .RequireAuthorization(Policies.HandleContacts);

        contacts.MapPost("/", async (ContactCreateRequest request, ClaimsPrincipal user, ContactService service, CancellationToken ct) =>
                (await service.CreateAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(c => $"/api/v1/contacts/{c.Id}"))
            .Produces<ContactResource>(StatusCodes.Status201Created)
            .Produces<ContactResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateContact")
            .WithSummary("Ingest a contact from telephony, chat or a counter; idempotent on externalId.");

        contacts.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ContactService service, CancellationToken ct) =>
                await service.GetAsync(id, Actor.FromPrincipal(user), ct) is { } contact
                    ? Results.Ok(contact)
                    : TypedResults.Problem($"No contact with id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .Produces<ContactResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetContact");

        contacts.MapPost("/{id:guid}/answer", async (Guid id, ContactAnswerRequest request, ClaimsPrincipal user, ContactService service, CancellationToken ct) =>
                (await service.AnswerAsync(id, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<ContactResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("AnswerContact")
            .WithSummary("Record the first agent response (SVC-01/02).");

        contacts.MapPost("/{id:guid}/close", async (Guid id, ContactCloseRequest request, ClaimsPrincipal user, ContactService service, CancellationToken ct) =>
                (await service.CloseAsync(id, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<ContactResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CloseContact")
            .WithSummary("Close a contact with its resolution and rating (SVC-08/09).");

        return api;
    }
}
