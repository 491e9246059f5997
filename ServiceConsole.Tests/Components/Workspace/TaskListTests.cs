using Bunit;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Components.Workspace;

public sealed class TaskListTests : WorkspaceComponentTestBase
{
    [Fact]
    [Trait("Rule", "CMP-04")]
    public void A_complaint_task_opens_the_complaint_page_and_a_promise_callback_has_no_such_link()
    {
        var complaintId = Guid.NewGuid();
        var cut = Render<TaskList>(p => p
            .Add(t => t.Now, WorkspaceFixtures.Now)
            .Add(t => t.Tasks,
            [
                new WorkspaceTask(Guid.NewGuid(), WorkspaceTaskKind.Verification, "李先生 · YD4312345678901", WorkspaceFixtures.Now.AddMinutes(40), false, null, complaintId, false),
                new WorkspaceTask(Guid.NewGuid(), WorkspaceTaskKind.PromiseCallback, "王女士 · 13800138000", WorkspaceFixtures.Now.AddMinutes(50), false, Guid.NewGuid(), null, false),
            ]));

        var link = cut.Find("[data-testid=task-complaint-link]");
        Assert.Equal($"complaints/{complaintId}", link.GetAttribute("href"));
        Assert.Contains("YD4312345678901", link.TextContent);
        Assert.Single(cut.FindAll("[data-testid=task-complaint-link]"));
    }
}
