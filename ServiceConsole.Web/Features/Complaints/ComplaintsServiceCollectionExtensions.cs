namespace ServiceConsole.Web.Features.Complaints;

public static class ComplaintsServiceCollectionExtensions
{
    /// <summary>The complaint page's services.</summary>
    public static IServiceCollection AddServiceConsoleComplaints(this IServiceCollection services)
    {
        services.AddSingleton<ComplaintQuoter>();

        // A singleton over the API's singleton services, which open a short-lived context per call.
        services.AddSingleton<IComplaintDesk, ComplaintDesk>();
        return services;
    }
}
