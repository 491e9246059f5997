using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Components.Board;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>
/// bUnit base for the complaint page: the board's context (Mud, fake clock, real change feed) in Chinese,
/// a fake in place of the complaint services, and a signed-in supervisor unless a test signs in otherwise.
/// </summary>
public abstract class ComplaintPageTestContext : BoardTestContext, IAsyncLifetime
{
    private readonly BunitAuthorizationContext _auth;

    protected ComplaintPageTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Services.AddSingleton<IComplaintDesk>(Desk);
        _auth = AddAuthorization();
        _auth.SetAuthorized("supervisor");
        _auth.SetRoles(Roles.Supervisor);
    }

    internal FakeComplaintDesk Desk { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected void SignInAs(string userName, string role)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(role);
    }

    protected void SignInAsAgent(string agentCode)
    {
        _auth.SetAuthorized("agent");
        _auth.SetRoles(Roles.Agent);
        _auth.SetClaims(new Claim(ConsoleClaims.AgentCode, agentCode));
    }

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

        Time.Advance(TimeSpan.FromMilliseconds(new BoardOptions().CoalesceMilliseconds));
    }

    protected static string[] Offered(IRenderedComponent<ComplaintDetail> page) =>
        [.. page.FindAll("[data-testid=complaint-actions] .sc-action").Select(e => e.GetAttribute("data-testid")!)];
}
