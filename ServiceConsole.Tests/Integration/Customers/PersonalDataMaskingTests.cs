using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Audit;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Integration.Customers;

/// <summary>
/// INF-07: a customer reads in clear only to the person whose task needs it (the agent serving them, the owner of their
/// complaint, the integration for what it created); everybody else reads masked values and reveals them for a stated,
/// audited reason (INF-05).
/// </summary>
public sealed class PersonalDataMaskingTests(PersonalDataMaskingTests.Factory factory) : IClassFixture<PersonalDataMaskingTests.Factory>
{
    private const string Password = "Demo@2026";

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private static object Complaint(string externalId, string phone, string category = "delay", int? delayDays = 1, decimal? itemValue = null) => new
    {
        externalId, channel = "phone", customerName = "李先生", customerPhone = phone,
        waybillNo = $"YD{Math.Abs(externalId.GetHashCode(StringComparison.Ordinal)):D13}"[..15], outletCode = "HZ-XH-01",
        category, delayDays, itemValue, shippingFee = 12.0, demand = "尽快处理",
    };

    private async Task<JsonElement> CreateByKeyAsync(object complaint)
    {
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/complaints", complaint);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<IReadOnlyList<AuditRecordResource>> AuditAsync(string subject, string actor) =>
        factory.Services.GetRequiredService<AuditQuery>().FindAsync(new AuditFilter(subject, actor), CancellationToken.None);

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task A_supervisor_reads_a_complainant_masked_and_the_view_is_audited()
    {
        var created = await CreateByKeyAsync(Complaint("mask-sup-1", "13912345678"));
        var id = created.GetProperty("id").GetGuid();
        var customerId = created.GetProperty("customerId").GetGuid();
        var supervisor = await factory.SignInAsync("supervisor", Password);

        var seen = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        var listed = await supervisor.GetStringAsync("/api/v1/complaints?pageSize=200");

        Assert.Equal("139****5678", seen.GetProperty("customerPhone").GetString());
        Assert.Equal("李**", seen.GetProperty("customerName").GetString());
        Assert.Equal(customerId, seen.GetProperty("customerId").GetGuid());
        Assert.DoesNotContain("13912345678", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("createdBy", listed, StringComparison.OrdinalIgnoreCase);
        var views = await AuditAsync($"customer:{customerId}", "supervisor");
        Assert.Contains(views, v => v is { Action: AuditActions.View, Revealed: false, Fields: "name,phone" } && v.Detail == $"complaint:{id}");
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task The_integration_reads_in_clear_what_it_created_and_masked_what_an_agent_registered()
    {
        var own = await CreateByKeyAsync(Complaint("mask-key-1", "13911112222"));
        var complaints = factory.Services.GetRequiredService<ComplaintService>();
        var byAgent = await complaints.CreateAsync(
            new ComplaintCreateRequest("mask-key-2", "phone", "李先生", "13933334444", "YD4312345670001", "HZ-XH-01", "delay", 1, null, null, null, null, 12, "尽快处理", null, null),
            new Actor("agent", "A001", ActsOnlyAsAgent: true));
        var api = factory.CreateApiClient();

        var ownSeen = await api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{own.GetProperty("id").GetGuid()}");
        var agentsSeen = await api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{byAgent.Value!.Id}");

        Assert.Equal("13911112222", ownSeen.GetProperty("customerPhone").GetString());
        Assert.Equal("139****4444", agentsSeen.GetProperty("customerPhone").GetString());
        Assert.Equal("李**", agentsSeen.GetProperty("customerName").GetString());
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task The_specialist_who_owns_a_major_complaint_reads_the_complainant_in_clear_and_the_other_does_not()
    {
        var major = await CreateByKeyAsync(Complaint("mask-major-1", "13955556666", category: "loss", delayDays: null, itemValue: 900));
        var owner = major.GetProperty("assignee").GetString()!;
        var other = owner == "specialist" ? "specialist2" : "specialist";
        var id = major.GetProperty("id").GetGuid();

        var ownerSeen = await (await factory.SignInAsync(owner, Password)).GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        var otherSeen = await (await factory.SignInAsync(other, Password)).GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");

        Assert.Equal("13955556666", ownerSeen.GetProperty("customerPhone").GetString());
        Assert.Equal("李先生", ownerSeen.GetProperty("customerName").GetString());
        Assert.Equal("139****6666", otherSeen.GetProperty("customerPhone").GetString());
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    [Trait("Rule", "INF-05")]
    public async Task A_reveal_needs_a_reason_shows_the_customer_once_and_is_audited()
    {
        var created = await CreateByKeyAsync(Complaint("mask-reveal-1", "13977778888"));
        var customerId = created.GetProperty("customerId").GetGuid();
        var supervisor = await factory.SignInAsync("supervisor", Password);

        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/customers/{customerId}/reveal", new { reason = "" });
        var revealed = await supervisor.PostAsJsonAsync($"/api/v1/customers/{customerId}/reveal", new { reason = "客户来电要求核实" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        var clear = await revealed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("13977778888", clear.GetProperty("phone").GetString());
        Assert.Equal("李先生", clear.GetProperty("name").GetString());
        var rows = await AuditAsync($"customer:{customerId}", "supervisor");
        var reveal = Assert.Single(rows, r => r.Action == AuditActions.Reveal);
        Assert.True(reveal.Revealed);
        Assert.Equal("客户来电要求核实", reveal.Detail);

        // Once: the next read of the complaint is masked again.
        var again = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{created.GetProperty("id").GetGuid()}");
        Assert.Equal("139****8888", again.GetProperty("customerPhone").GetString());
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task An_agent_revealing_someone_else_s_customer_gets_the_answer_for_a_customer_that_does_not_exist()
    {
        var created = await CreateByKeyAsync(Complaint("mask-reveal-2", "13966667777", category: "loss", delayDays: null, itemValue: 900));
        var agent = await factory.SignInAsync("agent", Password);

        var foreign = await agent.PostAsJsonAsync($"/api/v1/customers/{created.GetProperty("customerId").GetGuid()}/reveal", new { reason = "想看看这个客户" });
        var unknown = await agent.PostAsJsonAsync($"/api/v1/customers/{Guid.NewGuid()}/reveal", new { reason = "想看看这个客户" });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var foreignBody = await foreign.Content.ReadFromJsonAsync<JsonElement>();
        var unknownBody = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(unknownBody.GetProperty("title").GetString(), foreignBody.GetProperty("title").GetString());
        Assert.DoesNotContain("13966667777", foreignBody.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task Hub_frames_carry_the_customer_masked_to_supervisors_and_in_clear_to_the_serving_agent()
    {
        var (_, supervisorCookie) = await factory.SignInWithCookieAsync("supervisor", Password);
        var (_, agentCookie) = await factory.SignInWithCookieAsync("agent", Password);
        await using var board = await HubClient.ConnectAsync(factory, cookie: supervisorCookie);
        await using var desk = await HubClient.ConnectAsync(factory, cookie: agentCookie);

        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "mask-hub-1", channel = "online", customerName = "王女士", customerPhone = "13800138123", agentCode = "A001",
        });
        response.EnsureSuccessStatusCode();

        var toBoard = await board.WaitForAsync("contactChanged", c => c.GetProperty("externalId").GetString() == "mask-hub-1");
        var toAgent = await desk.WaitForAsync("contactChanged", c => c.GetProperty("externalId").GetString() == "mask-hub-1");
        Assert.Equal("138****8123", toBoard.GetProperty("customerPhone").GetString());
        Assert.Equal("王**", toBoard.GetProperty("customerName").GetString());
        Assert.Equal("13800138123", toAgent.GetProperty("customerPhone").GetString());
        Assert.False(board.Saw("contactChanged", c => c.GetProperty("customerPhone").GetString() == "13800138123"));
    }
}
