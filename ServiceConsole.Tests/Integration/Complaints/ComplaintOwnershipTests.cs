using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Complaints;

/// <summary>Every complaint has an owner from the moment it is registered, and supervisors hand it on (issue 10).</summary>
public sealed class ComplaintOwnershipTests(ComplaintOwnershipTests.Factory factory) : IClassFixture<ComplaintOwnershipTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private static object Complaint(string externalId, string channel = "phone", string category = "delay", int? delayDays = 1, decimal? itemValue = null) => new
    {
        externalId, channel, customerName = "李先生", customerPhone = "13900139000",
        waybillNo = $"YD{Math.Abs(externalId.GetHashCode(StringComparison.Ordinal)):D13}"[..15], outletCode = "HZ-XH-01",
        category, delayDays, itemValue, shippingFee = 12.0, demand = "尽快处理",
    };

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_general_complaint_from_outside_is_routed_to_an_agent_of_its_channel_on_duty_and_named()
    {
        var api = factory.CreateApiClient();
        var agents = await api.GetFromJsonAsync<JsonElement>("/api/v1/agents");
        var onDutyPhone = agents.EnumerateArray()
            .Where(a => a.GetProperty("channel").GetString() == "phone" && a.GetProperty("status").GetString() is "available" or "on-contact")
            .ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("name").GetString()!);

        var complaint = await ReadAsync(await api.PostAsJsonAsync("/api/v1/complaints", Complaint("own-general-1")));

        var owner = complaint.GetProperty("assignee").GetString()!;
        Assert.Equal("general", complaint.GetProperty("severity").GetString());
        Assert.Contains(owner, onDutyPhone.Keys);
        Assert.Equal(onDutyPhone[owner], complaint.GetProperty("assigneeName").GetString());
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_major_complaint_goes_to_a_specialist_at_once_the_least_loaded_first()
    {
        var api = factory.CreateApiClient();

        var first = await ReadAsync(await api.PostAsJsonAsync("/api/v1/complaints", Complaint("own-major-1", category: "loss", delayDays: null, itemValue: 800)));
        var second = await ReadAsync(await api.PostAsJsonAsync("/api/v1/complaints", Complaint("own-major-2", category: "loss", delayDays: null, itemValue: 900)));

        Assert.Equal("major", first.GetProperty("severity").GetString());
        Assert.Equal(["specialist", "specialist2"], new[] { first, second }.Select(c => c.GetProperty("assignee").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(first.GetProperty("assigneeName").GetString(), new[] { "韩专员", "曹专员" });
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_general_complaint_an_agent_registers_stays_with_that_agent()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var complaint = await ReadAsync(await agent.PostAsJsonAsync("/api/v1/complaints", Complaint("own-agent-1", channel: "online")));

        Assert.Equal("A001", complaint.GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task A_supervisor_hands_a_complaint_on_and_the_timeline_records_it_but_a_major_one_only_to_a_specialist()
    {
        var api = factory.CreateApiClient();
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);
        var general = await ReadAsync(await api.PostAsJsonAsync("/api/v1/complaints", Complaint("own-move-1")));
        var major = await ReadAsync(await api.PostAsJsonAsync("/api/v1/complaints", Complaint("own-move-2", category: "loss", delayDays: null, itemValue: 700)));
        var target = general.GetProperty("assignee").GetString() == "A020" ? "A021" : "A020";

        var moved = await supervisor.PostAsJsonAsync($"/api/v1/complaints/{general.GetProperty("id")}/assign", new { assignee = target });
        var majorToAgent = await supervisor.PostAsJsonAsync($"/api/v1/complaints/{major.GetProperty("id")}/assign", new { assignee = target });
        var unknown = await supervisor.PostAsJsonAsync($"/api/v1/complaints/{general.GetProperty("id")}/assign", new { assignee = "nobody" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await ReadAsync(moved);
        Assert.Equal(target, after.GetProperty("assignee").GetString());
        var assigned = after.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("action").GetString() == "assigned").ToList();
        Assert.Equal(2, assigned.Count); // at registration, and now by the supervisor
        Assert.Equal(("supervisor", target), (assigned[^1].GetProperty("actor").GetString(), assigned[^1].GetProperty("note").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, majorToAgent.StatusCode);
        Assert.Contains("specialist", (await ReadAsync(majorToAgent)).GetProperty("errors").GetProperty("assignee")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task An_agent_cannot_hand_a_complaint_on()
    {
        var api = factory.CreateApiClient();
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        var own = await ReadAsync(await agent.PostAsJsonAsync("/api/v1/complaints", Complaint("own-agent-move", channel: "online")));

        var response = await agent.PostAsJsonAsync($"/api/v1/complaints/{own.GetProperty("id")}/assign", new { assignee = "A002" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("A001", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{own.GetProperty("id")}")).GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task No_open_complaint_is_without_an_owner()
    {
        var api = factory.CreateApiClient();
        await api.PostAsJsonAsync("/api/v1/complaints", Complaint("own-any-1", channel: "offline"));

        var open = await api.GetFromJsonAsync<JsonElement>("/api/v1/complaints?status=open&pageSize=500");

        Assert.All(open.GetProperty("items").EnumerateArray(), c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("assignee").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("assigneeName").GetString()));
        });
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task Repeating_the_create_of_a_complaint_that_went_to_a_specialist_gives_the_agent_a_conflict_not_the_record()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        var request = Complaint("own-agent-major", category: "damage", delayDays: null, itemValue: 60_000m);
        var created = await ReadAsync(await agent.PostAsJsonAsync("/api/v1/complaints", request));
        Assert.Equal("major", created.GetProperty("severity").GetString());
        Assert.StartsWith("specialist", created.GetProperty("assignee").GetString(), StringComparison.Ordinal); // no longer the agent's

        var repeated = await agent.PostAsJsonAsync("/api/v1/complaints", request);
        var read = await agent.GetAsync($"/api/v1/complaints/{created.GetProperty("id").GetString()}");

        // Issue 11: a repeated create is no side door to a record a GET answers 404 for.
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, repeated.StatusCode);
        var body = await repeated.Content.ReadAsStringAsync();
        Assert.DoesNotContain("13900139000", body, StringComparison.Ordinal);
        Assert.DoesNotContain("specialist", body, StringComparison.Ordinal);
        Assert.DoesNotContain("李先生", body, StringComparison.Ordinal);
    }
}
