using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

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
            .WithRequestExample("""
                { "externalId": "cti-000123", "channel": "phone", "customerName": "王女士", "customerPhone": "13800138000",
                  "waybillNo": "YD4312345678901", "topic": "query", "arrivedAt": "2026-11-22T08:00:00Z" }
                """)
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
            .WithRequestExample("""{ "agentCode": "A001", "at": "2026-11-22T08:00:09Z" }""")
            .WithSummary("Record the first agent response (SVC-01/02).");

        contacts.MapPost("/{id:guid}/close", async (Guid id, ContactCloseRequest request, ClaimsPrincipal user, ContactService service, CancellationToken ct) =>
                (await service.CloseAsync(id, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<ContactResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CloseContact")
            .WithRequestExample("""{ "at": "2026-11-22T08:05:00Z", "resolved": true, "satisfaction": 5 }""")
            .WithSummary("Close a contact with its resolution and rating (SVC-08/09).");

        return api;
    }
}
