using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Components.Workspace;

public sealed class AgentWorkspaceTests : WorkspaceComponentTestBase
{
    public AgentWorkspaceTests() => SignInAsAgent("A001");

    [Fact]
    public void A_contact_pushed_to_the_agent_appears_in_the_queue_without_a_reload()
    {
        var cut = Render<AgentWorkspace>();
        Assert.Empty(cut.FindAll("[data-testid=queue-contact]"));

        var contact = WorkspaceFixtures.Contact("chat-42");
        Workspace.Queue.Add(contact);
        Feed.Publish(new ContactChanged(contact));
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=queue-contact][data-external-id=chat-42]")));
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void A_waiting_contact_counts_down_to_its_response_deadline_in_the_browser()
    {
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-1"));

        var cut = Render<AgentWorkspace>();

        var countdown = cut.Find("[data-external-id=chat-1] [data-deadline]");
        Assert.Equal("2026-11-22T02:00:10.000Z", countdown.GetAttribute("data-deadline"));
        Assert.Equal("10", countdown.GetAttribute("data-target-seconds"));
        Assert.Equal("10s", countdown.TextContent.Trim());
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public void Each_customer_the_queue_shows_is_one_audited_view_in_clear_however_often_the_queue_refreshes()
    {
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-a1"));
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-a2"));

        var cut = Render<AgentWorkspace>();
        Feed.Publish(new ContactChanged(Workspace.Queue[0]));
        Time.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.True(Workspace.QueueReads >= 2));

        Assert.Equal(2, Audit.Rows.Count);
        Assert.All(Audit.Rows, row => Assert.Equal((ServiceConsole.Web.Common.AuditActions.View, "agent", true), (row.Action, row.Actor, row.Revealed)));
        Assert.Equal(Workspace.Queue.Select(c => $"contact:{c.Id}").Order(), Audit.Rows.Select(r => r.Detail!).Order());
    }

    [Fact]
    public void A_change_for_another_agent_does_not_refresh_this_queue()
    {
        var cut = Render<AgentWorkspace>();
        Time.Advance(TimeSpan.FromSeconds(1)); // the catch-up refresh after the first render
        cut.WaitForAssertion(() => Assert.Equal(2, Workspace.QueueReads));

        Feed.Publish(new ContactChanged(WorkspaceFixtures.Contact("chat-9", agentCode: "A002")));
        Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(2, Workspace.QueueReads);
    }

    [Fact]
    public void The_contact_being_served_is_on_top_marked_current_and_the_waiting_ones_keep_their_order()
    {
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-w1"));
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-w2"));
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-served", status: "answered"));

        var cut = Render<AgentWorkspace>();

        Assert.Equal(["chat-served", "chat-w1", "chat-w2"], cut.FindAll("[data-testid=queue-contact]").Select(c => c.GetAttribute("data-external-id")));
        var current = cut.Find("[data-testid=current-contacts]");
        Assert.Equal("chat-served", Assert.Single(current.QuerySelectorAll("[data-testid=queue-contact]")).GetAttribute("data-external-id"));
        Assert.Equal("当前", cut.Find("[data-external-id=chat-served] [data-testid=current-mark]").TextContent.Trim());
        Assert.Equal(["chat-w1", "chat-w2"], cut.Find("[data-testid=waiting-contacts]").QuerySelectorAll("[data-testid=queue-contact]").Select(c => c.GetAttribute("data-external-id")));
        Assert.Empty(cut.FindAll("[data-testid=waiting-contacts] [data-testid=current-mark]"));
        Assert.Contains("2", cut.Find("[data-testid=waiting-count]").TextContent);
    }

    [Fact]
    public void A_contact_once_answered_moves_up_among_the_current_ones()
    {
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-w1"));
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-w2"));
        var cut = Render<AgentWorkspace>();
        Assert.Empty(cut.FindAll("[data-testid=current-contacts]"));

        cut.Find("[data-external-id=chat-w2] [data-testid=answer]").Click();

        cut.WaitForAssertion(() => Assert.Equal("chat-w2",
            Assert.Single(cut.Find("[data-testid=current-contacts]").QuerySelectorAll("[data-testid=queue-contact]")).GetAttribute("data-external-id")));
        Assert.Equal(["chat-w2", "chat-w1"], cut.FindAll("[data-testid=queue-contact]").Select(c => c.GetAttribute("data-external-id")));
    }

    [Fact]
    public void The_current_mark_reads_current_in_english()
    {
        UseEnglish();
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-served", status: "answered"));

        var cut = Render<AgentWorkspace>();

        Assert.Equal("Current", cut.Find("[data-testid=current-mark]").TextContent.Trim());
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void CMP_01_a_complaint_registered_while_serving_a_contact_carries_its_customer_and_the_signed_in_agent()
    {
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-waiting") with { CustomerName = "赵女士", CustomerPhone = "13700137000" });
        var served = WorkspaceFixtures.Contact("call-1", status: "answered", channel: "phone");
        Workspace.Queue.Add(served with { CustomerName = "李先生", CustomerPhone = "13900139000", WaybillNo = "YD4312345678902" });
        var cut = Render<AgentWorkspace>();

        var form = cut.Find("[data-testid=complaint-form]");
        Assert.Equal("李先生", form.QuerySelector("[data-field=customerName] input")!.GetAttribute("value"));
        Assert.Equal("13900139000", form.QuerySelector("[data-field=customerPhone] input")!.GetAttribute("value"));
        Assert.Equal("YD4312345678902", form.QuerySelector("[data-field=waybillNo] input")!.GetAttribute("value"));
        cut.Find("[data-testid=register-complaint]").Click();

        var request = Assert.Single(Workspace.Registrations);
        Assert.Equal(("李先生", "13900139000", "YD4312345678902", "phone"), (request.CustomerName, request.CustomerPhone, request.WaybillNo, request.Channel));
        var registrar = Assert.Single(Workspace.Registrars);
        Assert.Equal(("agent", "A001"), (registrar.Name, registrar.AgentCode));
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void CMP_01_answering_a_contact_fills_the_empty_complaint_form_with_its_customer()
    {
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-5"));
        var cut = Render<AgentWorkspace>();
        Assert.True(string.IsNullOrEmpty(cut.Find("[data-field=customerName] input").GetAttribute("value")));

        cut.Find("[data-external-id=chat-5] [data-testid=answer]").Click();

        cut.WaitForAssertion(() => Assert.Equal("王女士", cut.Find("[data-field=customerName] input").GetAttribute("value")));
        Assert.Equal("YD4312345678901", cut.Find("[data-field=waybillNo] input").GetAttribute("value"));
    }

    [Fact]
    public void Answer_goes_through_the_service_as_the_signed_in_agent()
    {
        var contact = WorkspaceFixtures.Contact("chat-7");
        Workspace.Queue.Add(contact);
        var cut = Render<AgentWorkspace>();

        cut.Find("[data-external-id=chat-7] [data-testid=answer]").Click();

        var (contactId, actor) = Assert.Single(Workspace.Answers);
        Assert.Equal(contact.Id, contactId);
        Assert.Equal("A001", actor.AgentCode);
        Assert.True(actor.ActsOnlyAsAgent);
        cut.WaitForAssertion(() => Assert.Equal("answered", cut.Find("[data-external-id=chat-7]").GetAttribute("data-status")));
    }

    [Fact]
    [Trait("Rule", "SVC-08")]
    public void Close_waits_for_the_resolved_answer_and_then_sends_it_with_the_rating()
    {
        var contact = WorkspaceFixtures.Contact("chat-8", status: "answered");
        Workspace.Queue.Add(contact);
        var cut = Render<AgentWorkspace>();
        Assert.True(cut.Find("[data-testid=close]").HasAttribute("disabled"));

        cut.FindAll("[data-testid=resolved] .mud-toggle-item")[0].Click();
        cut.Find("[data-testid=close]").Click();

        Assert.Equal((contact.Id, true, (int?)null), Assert.Single(Workspace.Closes));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=queue-contact]")));
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void The_promise_button_creates_the_callback_task_for_the_contact_in_conversation_in_one_click()
    {
        var contact = WorkspaceFixtures.Contact("chat-3", status: "answered");
        Workspace.Queue.Add(contact);
        var cut = Render<AgentWorkspace>();

        cut.Find("[data-testid=promise]").Click();

        var (contactId, actor) = Assert.Single(Workspace.Promises);
        Assert.Equal(contact.Id, contactId);
        Assert.Equal("A001", actor.AgentCode);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=task][data-kind=PromiseCallback]")));
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_a_promised_call_is_marked_made_from_the_task_list_and_leaves_it()
    {
        var contact = WorkspaceFixtures.Contact("chat-4", status: "answered");
        Workspace.Queue.Add(contact);
        var cut = Render<AgentWorkspace>();
        cut.Find("[data-testid=promise]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=task-done]")));

        cut.Find("[data-testid=task-done]").Click();

        Assert.Single(Workspace.Completed);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=task][data-kind=PromiseCallback]")));
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void Without_a_contact_there_is_nothing_to_promise_on()
    {
        var cut = Render<AgentWorkspace>();

        Assert.True(cut.Find("[data-testid=promise]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_pushed_task_is_highlighted_and_announced()
    {
        var cut = Render<AgentWorkspace>();
        var task = new WorkspaceTask(Guid.NewGuid(), WorkspaceTaskKind.Verification, "李先生 · YD4312345678901",
            WorkspaceFixtures.Now.AddHours(1), false, null, Guid.NewGuid(), false);

        Workspace.Tasks.Add(task);
        Feed.Publish(new TaskAssigned(WorkspaceFixtures.Callback("A001")));
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Contains("ws-fresh", cut.Find($"[data-task-id='{task.Id}']").ClassList));
        var notice = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Contains("投诉待核实", notice.Message);
        Assert.Equal("1", cut.Find("[data-testid=task-count]").TextContent.Trim());
    }

    [Fact]
    public void The_agents_own_promise_is_not_announced_as_a_pushed_task()
    {
        Workspace.Queue.Add(WorkspaceFixtures.Contact("chat-4", status: "answered"));
        var cut = Render<AgentWorkspace>();

        cut.Find("[data-testid=promise]").Click();
        Feed.Publish(new TaskAssigned(WorkspaceFixtures.Callback("A001")));
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=task]")));
        Assert.DoesNotContain(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message?.Contains("新任务") == true);
    }

    [Fact]
    public async Task Disposing_the_workspace_ends_its_change_feed_subscription()
    {
        Render<AgentWorkspace>();
        Assert.Equal(4, Feed.SubscriberCount); // the workspace's queue and tasks, its emergency script card and the excellent-agent banner

        await DisposeComponentsAsync();

        Assert.Equal(0, Feed.SubscriberCount);
    }

    [Fact]
    public async Task A_pushed_refresh_renders_in_the_viewers_language_not_the_publishers()
    {
        UseEnglish();
        var cut = Render<AgentWorkspace>();
        Time.Advance(TimeSpan.FromSeconds(1)); // the catch-up refresh after the first render
        var contact = WorkspaceFixtures.Contact("chat-en");
        Workspace.Queue.Add(contact);

        await Task.Run(() =>
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Feed.Publish(new ContactChanged(contact));
        });
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("Answer", cut.Find("[data-external-id=chat-en] [data-testid=answer]").TextContent.Trim()));
        Assert.Contains("My queue", cut.Find("[data-testid=own-queue]").TextContent);
    }
}
