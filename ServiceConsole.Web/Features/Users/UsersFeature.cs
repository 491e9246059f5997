namespace ServiceConsole.Web.Features.Users;

/// <summary>INF-06 accounts, the admin's screen (<c>/admin/users</c>, where the admin lands) and <c>/api/v1/users</c>.</summary>
public static class UsersFeature
{
    public static IServiceCollection AddUsersFeature(this IServiceCollection services)
    {
        // Scoped like Identity's UserManager it works through.
        services.AddScoped<IUserAdministration, UserAdministration>();
        return services;
    }

    /// <summary><c>/api/v1/users</c>.</summary>
    public static RouteGroupBuilder MapUsersFeature(this RouteGroupBuilder api) => api.MapUserEndpoints();
}
