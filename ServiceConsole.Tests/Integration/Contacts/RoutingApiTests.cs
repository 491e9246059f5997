using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Contacts;

/// <summary>Contacts without an agentCode are queued to an agent by the console itself.</summary>
public sealed class RoutingApiTests : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private readonly ConsoleAppFactory _factory;
    private readonly HttpClient _api;

    public RoutingApiTests(ConsoleAppFactory factory)
    {
        _factory = factory;
        _api = factory.CreateApiClient();
    }

    public async Task InitializeAsync()
    {
        if (!_factory.Seeded)
        {
            _factory.Seeded = true;
            await _factory.SeedAgentAsync("A201", "phone");
            await _factory.SeedAgentAsync("A202", "phone", "away");
            await _factory.SeedAgentAsync("A301", "online");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> PostAsync(string externalId, string channel)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId,
            channel,
            customerName = "赵女士",
            customerPhone = "13800138111",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_call_goes_to_an_available_phone_agent_never_to_an_away_one_and_waits_when_nobody_is_free()
    {
        var first = await PostAsync("route-phone-1", "phone");
        var second = await PostAsync("route-phone-2", "phone");

        Assert.Equal("A201", first.GetProperty("agentCode").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("agentCode").ValueKind);
    }

    [Fact]
    public async Task A_chat_agent_takes_three_chats_at_once_and_the_fourth_is_offered_when_one_closes()
    {
        var chats = new List<JsonElement>();
        for (var i = 1; i <= 4; i++)
        {
            chats.Add(await PostAsync($"route-chat-{i}", "online"));
        }

        Assert.All(chats.Take(3), c => Assert.Equal("A301", c.GetProperty("agentCode").GetString()));
        Assert.Equal(JsonValueKind.Null, chats[3].GetProperty("agentCode").ValueKind);

        var firstId = chats[0].GetProperty("id");
        await _api.PostAsJsonAsync($"/api/v1/contacts/{firstId}/answer", new { agentCode = "A301" });
        var closed = await _api.PostAsJsonAsync($"/api/v1/contacts/{firstId}/close", new { resolved = true });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var fourth = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{chats[3].GetProperty("id")}");
        Assert.Equal("A301", fourth.GetProperty("agentCode").GetString());

        var agents = await _api.GetFromJsonAsync<JsonElement>("/api/v1/agents");
        var a301 = agents.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "A301");
        Assert.Equal(3, a301.GetProperty("queueLength").GetInt32());
        Assert.Equal("online", a301.GetProperty("channel").GetString());
    }
}
