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

        // SVC-01/02: a first response past its target is a breach alert like every other clock.
        services.AddOptions<ContactsOptions>().BindConfiguration(ContactsOptions.SectionName)
            .Validate(o => o.BreachSweepSeconds is >= 1 and <= 60, "ServiceConsole:Contacts:BreachSweepSeconds lies between 1 and 60.")
            .ValidateOnStart();
        services.AddSingleton<FirstResponseAlerts>();
        services.AddTransient<FirstResponseSweepJob>();
        services.AddHostedService<FirstResponseSweepSchedule>();
        return services;
    }

    /// <summary><c>/api/v1/contacts</c> and <c>/api/v1/agents</c>.</summary>
    public static RouteGroupBuilder MapContactsFeature(this RouteGroupBuilder api) =>
        api.MapContactEndpoints().MapAgentEndpoints();
}
