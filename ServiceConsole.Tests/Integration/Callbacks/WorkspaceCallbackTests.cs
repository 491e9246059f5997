using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Integration.Callbacks;

/// <summary>The workspace's 1-hour promise against the real console: stored as a callback task and pushed to the agent's hub group.</summary>
public sealed class WorkspaceCallbackTests(WorkspaceCallbackTests.Factory factory) : IClassFixture<WorkspaceCallbackTests.Factory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Time = Clock;
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    private static readonly Actor AgentA001 = new("agent", "A001", ActsOnlyAsAgent: true);

    private async Task<Guid> ContactForA001Async(string externalId)
    {
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId,
            channel = "online",
            customerName = "王女士",
            customerPhone = "13800138000",
            agentCode = "A001",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_promise_creates_a_callback_due_in_one_hour_and_pushes_it_to_the_agents_hub_group()
    {
        var (_, cookie) = await factory.SignInWithCookieAsync("agent", DemoOptions.DefaultPassword);
        await using var hub = await HubClient.ConnectAsync(factory, cookie: cookie);
        var contactId = await ContactForA001Async("ws-promise-1");
        var promisedAt = factory.Clock.GetUtcNow();

        var result = await factory.Services.GetRequiredService<CallbackService>().PromiseAsync(contactId, "A001", AgentA001);

        Assert.Equal(OperationStatus.Created, result.Status);
        var task = result.Value!;
        Assert.Equal("promise", task.Kind);
        Assert.Equal(promisedAt.AddHours(1), task.DueAt);
        var pushed = await hub.WaitForAsync("taskAssigned", p => p.GetProperty("id").GetGuid() == task.Id);
        Assert.Equal("A001", pushed.GetProperty("agentCode").GetString());
        Assert.Equal(contactId, pushed.GetProperty("contactId").GetGuid());

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var stored = await db.Callbacks.SingleAsync(c => c.Id == task.Id);
        Assert.Equal(CallbackKind.Promise, stored.Kind);
        Assert.Equal("A001", stored.AgentCode);
        Assert.Equal(promisedAt.AddHours(1), stored.DueAt);
        Assert.Null(stored.DoneAt);
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_the_promised_callback_is_among_the_agents_open_tasks()
    {
        var contactId = await ContactForA001Async("ws-promise-2");
        var created = (await factory.Services.GetRequiredService<CallbackService>().PromiseAsync(contactId, "A001", AgentA001)).Value!;

        var tasks = await factory.Services.GetRequiredService<IAgentWorkspaceService>().TasksAsync(AgentA001);

        var task = Assert.Single(tasks, t => t.Id == created.Id);
        Assert.Equal(WorkspaceTaskKind.PromiseCallback, task.Kind);
        Assert.Contains("王女士", task.Subject);
    }

    [Fact]
    public async Task An_agent_cannot_promise_a_callback_in_another_agents_name()
    {
        var contactId = await ContactForA001Async("ws-promise-3");

        var result = await factory.Services.GetRequiredService<CallbackService>().PromiseAsync(contactId, "A002", AgentA001);

        Assert.Equal(OperationStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task The_agents_queue_holds_the_contacts_routed_to_them_and_no_one_elses()
    {
        var contactId = await ContactForA001Async("ws-queue-1");

        var queue = await factory.Services.GetRequiredService<IAgentWorkspaceService>().QueueAsync(AgentA001);
        var other = await factory.Services.GetRequiredService<IAgentWorkspaceService>().QueueAsync(new Actor("x", "A002", true));

        Assert.Contains(queue, c => c.Id == contactId);
        Assert.DoesNotContain(other, c => c.Id == contactId);
    }

    [Fact]
    public async Task The_contacts_being_served_come_before_the_waiting_ones_in_the_agents_queue()
    {
        var waiting = await ContactForA001Async("ws-queue-waiting");
        var served = await ContactForA001Async("ws-queue-served");
        var workspace = factory.Services.GetRequiredService<IAgentWorkspaceService>();
        Assert.Equal(OperationStatus.Ok, (await workspace.AnswerAsync(served, AgentA001)).Status);

        var queue = await workspace.QueueAsync(AgentA001);

        var statuses = queue.Select(c => c.Status).ToList();
        Assert.True(statuses.LastIndexOf("answered") < statuses.IndexOf("waiting"), string.Join(", ", statuses));
        Assert.True(queue.ToList().FindIndex(c => c.Id == served) < queue.ToList().FindIndex(c => c.Id == waiting));
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public async Task A_complaint_registered_from_the_workspace_takes_the_agents_channel_and_a_general_one_waits_for_their_verification()
    {
        var draft = ComplaintDraft.Start(factory.Clock.GetUtcNow());
        draft.CustomerName = "李先生";
        draft.CustomerPhone = "13900139000";
        draft.WaybillNo = "YD4312345678902";
        draft.OutletCode = "HZ-XH-01";
        draft.Category = ComplaintCategory.Delay;
        draft.DelayDays = 1;
        draft.Demand = "尽快送达";
        var workspace = factory.Services.GetRequiredService<IAgentWorkspaceService>();

        var result = await workspace.RegisterComplaintAsync(draft, AgentA001);

        Assert.Equal(OperationStatus.Created, result.Status);
        Assert.Equal("online", result.Value!.Channel);
        Assert.Equal("general", result.Value.Severity);
        Assert.Contains(await workspace.TasksAsync(AgentA001), t => t.Kind == WorkspaceTaskKind.Verification && t.ComplaintId == result.Value.Id);
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public async Task CMP_01_a_complaint_filled_from_the_contact_being_served_is_registered_with_its_customer_on_its_channel()
    {
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "ws-served-chat",
            channel = "online",
            customerName = "孙女士",
            customerPhone = "13600136000",
            waybillNo = "YD4312345678903",
            agentCode = "A001",
        });
        response.EnsureSuccessStatusCode();
        var workspace = factory.Services.GetRequiredService<IAgentWorkspaceService>();
        var served = (await workspace.AnswerAsync((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), AgentA001)).Value!;
        var draft = ComplaintDraft.Start(factory.Clock.GetUtcNow());
        draft.FollowContact(served);
        draft.OutletCode = "HZ-XH-01";
        draft.Category = ComplaintCategory.Attitude;
        draft.Demand = "道歉";

        var result = await workspace.RegisterComplaintAsync(draft, AgentA001);

        Assert.Equal(OperationStatus.Created, result.Status);
        Assert.Equal(("online", "孙女士", "13600136000", "YD4312345678903"),
            (result.Value!.Channel, result.Value.CustomerName, result.Value.CustomerPhone, result.Value.WaybillNo));
    }
}
