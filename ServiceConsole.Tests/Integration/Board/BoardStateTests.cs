using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Integration.Board;

/// <summary>The live board state and the supervisor's actions against the real console and database.</summary>
public sealed class BoardStateTests : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private static readonly Actor Supervisor = new("supervisor", null, false);
    private readonly ConsoleAppFactory _factory;
    private readonly HttpClient _api;

    public BoardStateTests(ConsoleAppFactory factory)
    {
        _factory = factory;
        _api = factory.CreateApiClient();
    }

    private LiveBoardState Board => _factory.Services.GetRequiredService<LiveBoardState>();

    private ISupervisorActions Actions => _factory.Services.GetRequiredService<ISupervisorActions>();

    public async Task InitializeAsync()
    {
        if (!_factory.Seeded)
        {
            _factory.Seeded = true;
            await _factory.SeedAgentAsync("A601", "phone");
            await _factory.SeedAgentAsync("A602", "phone");
            await _factory.SeedAgentAsync("A701", "online");
            await _factory.SeedAgentAsync("A801", "offline");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> PostContactAsync(string externalId, string channel, string? agentCode = null)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel, customerName = "钱先生", customerPhone = "13800138222", agentCode,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string?> AgentOfAsync(string id) =>
        (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{id}")).GetProperty("agentCode").GetString();

    /// <summary>Listens to the live board until a snapshot satisfies <paramref name="condition"/>.</summary>
    private async Task<BoardSnapshot> NextSnapshotAsync(Func<BoardSnapshot, bool> condition, Func<Task> act)
    {
        var seen = new TaskCompletionSource<BoardSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Board.Subscribe(snapshot =>
        {
            if (condition(snapshot))
            {
                seen.TrySetResult(snapshot);
            }

            return Task.CompletedTask;
        });
        await act();
        return await seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public async Task A_contact_posted_to_the_api_reaches_the_live_board_with_its_countdown()
    {
        var snapshot = await NextSnapshotAsync(
            s => s.Waiting.Any(c => c.ExternalId == "board-live-1"),
            () => PostContactAsync("board-live-1", "online"));

        var row = Assert.Single(snapshot.Waiting, c => c.ExternalId == "board-live-1");
        Assert.Equal(TimeSpan.FromSeconds(10), row.Target);
        Assert.Equal("A701", row.AgentCode);
        Assert.True(Assert.Single(snapshot.Agents, a => a.Code == "A701").QueueLength >= 1);
        Assert.NotEqual("钱先生", row.MaskedCustomer); // INF-07: masked on the wall
    }

    [Fact]
    [Trait("Rule", "SVC-02")]
    public async Task An_agent_sent_away_hands_the_waiting_call_to_a_free_colleague_and_a_supervisor_can_move_it_back()
    {
        var call = await PostContactAsync("board-away-1", "phone", "A601");
        var id = call.GetProperty("id").GetString()!;

        var away = await Actions.ChangeStatusAsync("A601", AgentStatus.Away, Supervisor);
        Assert.True(away.Succeeded);
        Assert.Equal("A602", await AgentOfAsync(id));

        var back = await Actions.ChangeStatusAsync("A601", AgentStatus.Available, Supervisor);
        Assert.Equal(AgentStatus.Available, back.Value);
        var moved = await Actions.MoveContactAsync(Guid.Parse(id), "A601", Supervisor);
        Assert.True(moved.Succeeded);
        Assert.Equal("A601", await AgentOfAsync(id));
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public async Task An_agent_held_in_onboarding_is_never_offered_a_contact_nor_set_on_duty_until_released()
    {
        var held = await Actions.PlaceHoldAsync("A801", DutyHold.Onboarding, "TRN-01", until: null);
        Assert.Equal(AgentStatus.InTraining, held.Value);

        var counter = await PostContactAsync("board-hold-1", "offline", "A801");
        var setOnDuty = await Actions.ChangeStatusAsync("A801", AgentStatus.Available, Supervisor);
        var moved = await Actions.MoveContactAsync(Guid.Parse(counter.GetProperty("id").GetString()!), "A801", Supervisor);

        Assert.Null(counter.GetProperty("agentCode").GetString());
        Assert.Equal(OperationStatus.Conflict, setOnDuty.Status);
        Assert.Equal(OperationStatus.Invalid, moved.Status);

        var released = await Actions.ReleaseHoldAsync("A801", DutyHold.Onboarding);
        var back = await Actions.ChangeStatusAsync("A801", AgentStatus.Available, Supervisor);

        Assert.Equal(AgentStatus.Away, released.Value);
        Assert.Equal(AgentStatus.Available, back.Value);
        Assert.Equal("A801", await AgentOfAsync(counter.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task A_contact_cannot_be_moved_to_an_agent_of_another_channel_nor_by_an_agent()
    {
        var chat = await PostContactAsync("board-move-2", "online", "A701");
        var id = Guid.Parse(chat.GetProperty("id").GetString()!);

        var wrongChannel = await Actions.MoveContactAsync(id, "A602", Supervisor);
        var byAgent = await Actions.MoveContactAsync(id, "A701", new Actor("agent", "A701", true));

        Assert.Equal(OperationStatus.Invalid, wrongChannel.Status);
        Assert.Equal(OperationStatus.Forbidden, byAgent.Status);
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    public async Task Todays_response_compliance_on_the_board_follows_the_answers_of_the_day()
    {
        var chat = await PostContactAsync("board-kpi-1", "online", "A701");
        var id = chat.GetProperty("id").GetString()!;

        var snapshot = await NextSnapshotAsync(
            s => s.Agents.Any(a => a.Code == "A701" && a.ResponseCompliance is not null),
            async () => (await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/answer", new { agentCode = "A701" })).EnsureSuccessStatusCode());

        var agent = Assert.Single(snapshot.Agents, a => a.Code == "A701");
        Assert.Equal(1.0, agent.ResponseCompliance);
        Assert.Equal(0.95, snapshot.Targets.ResponseCompliance);
    }
}
