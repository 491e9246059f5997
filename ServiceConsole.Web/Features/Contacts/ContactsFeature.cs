namespace ServiceConsole.Web.Features.Contacts;

/// <summary>Contacts from telephony, chat and the counters (SVC-01…03): ingest, routing, answer, close, and the agents' KPIs.</summary>
public static class ContactsFeature
{
    public static IServiceCollection AddContactsFeature(this IServiceCollection services)
    {
        // Singletons over IDbContextFactory: each call opens its own short-lived context.
        services.AddSingleton<RoutingService>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<AgentService>();
        return services;
    }

    /// <summary><c>/api/v1/contacts</c> and <c>/api/v1/agents</c>.</summary>
    public static RouteGroupBuilder MapContactsFeature(this RouteGroupBuilder api) =>
        api.MapContactEndpoints().MapAgentEndpoints();
}
