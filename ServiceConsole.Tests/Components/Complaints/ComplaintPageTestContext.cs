using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Components.Board;
using ServiceConsole.Tests.Components.Points;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>
/// bUnit base for the complaint page: the board's context, a fake in place of the complaint services, and a
/// signed-in supervisor unless a test signs in otherwise.
/// </summary>
public abstract class ComplaintPageTestContext : BoardTestContext
{
    protected ComplaintPageTestContext()
    {
        Services.AddSingleton<IComplaintDesk>(Desk);
        Services.AddSingleton<IPointsLedger>(Points);
        SignInAs("supervisor", Roles.Supervisor);
    }

    internal FakeComplaintDesk Desk { get; } = new();

    internal FakePointsLedger Points { get; } = new();

    protected IRenderedComponent<ComplaintDetail> RenderPage(ComplaintResource? stored)
    {
        Desk.Stored = stored;
        return Render<ComplaintDetail>(p => p.Add(c => c.Id, ComplaintStories.Id));
    }

    /// <summary>Publishes a change of this complaint as the services do, and lets the quiet interval pass.</summary>
    protected void PublishChange(ComplaintResource changed, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Feed.Publish(new ComplaintChanged(changed));
        }

        Time.Advance(Coalesce);
    }

    protected static string[] Offered(IRenderedComponent<ComplaintDetail> page) =>
        [.. page.FindAll("[data-testid=complaint-actions] .sc-action").Select(e => e.GetAttribute("data-testid")!)];
}
