using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Users;

public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").RequireAuthorization(Policies.Administer).WithTags("Users");

        group.MapGet("", async (IUserAdministration accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ListAsync(ct)))
            .Produces<IReadOnlyList<UserResource>>()
            .WithName("ListUsers")
            .WithSummary("Every account by display name: roles, agent, status, lockout, last sign-in (INF-06, an addition).");

        group.MapGet("/{login}", async (string login, IUserAdministration accounts, CancellationToken ct) =>
                await accounts.FindAsync(login, ct) is { } user
                    ? Results.Ok(user)
                    : TypedResults.Problem($"There is no account {ValidationErrors.Echo(login)}.", statusCode: StatusCodes.Status404NotFound, title: "Not found."))
            .Produces<UserResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetUser")
            .WithSummary("One account (an addition).");

        group.MapPost("", async (UserCreateRequest request, ClaimsPrincipal user, IUserAdministration accounts, CancellationToken ct) =>
                (await accounts.CreateAsync(request, Actor.FromPrincipal(user), ct)).ToHttp(u => $"/api/v1/users/{Uri.EscapeDataString(u.Login)}"))
            .Produces<UserResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithRequestExample("""{ "login": "li.na", "displayName": "李娜", "roles": ["Agent"], "agentCode": "A040", "password": "Start#2026a" }""")
            .WithName("CreateUser")
            .WithSummary("Creates a personal account with its roles, agent code (Agent role) and initial password (an addition).");

        group.MapPut("/{login}", async (string login, UserUpdateRequest request, ClaimsPrincipal user, IUserAdministration accounts, CancellationToken ct) =>
                (await accounts.UpdateAsync(login, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<UserResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "displayName": "李娜", "roles": ["Agent", "Trainer"], "agentCode": "A040" }""")
            .WithName("UpdateUser")
            .WithSummary("Sets an account's display name, roles and agent code (an addition).");

        group.MapPost("/{login}/disable", async (string login, ClaimsPrincipal user, IUserAdministration accounts, CancellationToken ct) =>
                (await accounts.DisableAsync(login, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<UserResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DisableUser")
            .WithSummary("Disables an account: it cannot sign in and its sessions end; an admin cannot disable themself (an addition).");

        group.MapPost("/{login}/enable", async (string login, ClaimsPrincipal user, IUserAdministration accounts, CancellationToken ct) =>
                (await accounts.EnableAsync(login, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<UserResource>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("EnableUser")
            .WithSummary("Enables a disabled or locked account (an addition).");

        group.MapPost("/{login}/reset-password", async (string login, PasswordResetRequest request, ClaimsPrincipal user, IUserAdministration accounts, CancellationToken ct) =>
                (await accounts.ResetPasswordAsync(login, request, Actor.FromPrincipal(user), ct)).ToHttp())
            .Produces<UserResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample("""{ "password": "Start#2026b" }""")
            .WithName("ResetUserPassword")
            .WithSummary("Sets a temporary password the user must change; their sessions end (an addition).");
        return api;
    }
}
