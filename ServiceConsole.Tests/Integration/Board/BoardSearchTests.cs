using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Integration.Board;

/// <summary>The board's search against the real database (issue 10): waybill, last four of a phone, agent, complaint id.</summary>
public sealed class BoardSearchTests : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private readonly ConsoleAppFactory _factory;
    private readonly HttpClient _api;
    private string _complaintId = "";

    public BoardSearchTests(ConsoleAppFactory factory)
    {
        _factory = factory;
        _api = factory.CreateApiClient();
    }

    private IBoardSearch Search => _factory.Services.GetRequiredService<IBoardSearch>();

    public async Task InitializeAsync()
    {
        if (_factory.Seeded)
        {
            _complaintId = (string)_factory.Items["complaint"];
            return;
        }

        _factory.Seeded = true;
        await _factory.SeedAgentAsync("A611", "phone");
        var now = DateTimeOffset.UtcNow;
        var contact = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "search-c1", channel = "phone", customerName = "孙先生", customerPhone = "13900004321", waybillNo = "SF1234567890",
            arrivedAt = now, agentCode = "A611",
        });
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        var complaint = await _api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "search-k1", channel = "phone", customerName = "钱女士", customerPhone = "13700008765",
            waybillNo = "SF9988776655", outletCode = "CD-JN-02", category = "damage", itemValue = 300, demand = "赔偿", receivedAt = now,
        });
        Assert.Equal(HttpStatusCode.Created, complaint.StatusCode);
        _complaintId = (await complaint.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        _factory.Items["complaint"] = _complaintId;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_waybill_finds_the_contact_with_the_customer_masked_and_the_holder_by_name()
    {
        var hit = Assert.Single(await Search.FindAsync("SF1234567890"));

        Assert.Equal(BoardSearchKind.Contact, hit.Kind);
        Assert.Equal("A611", hit.AgentCode);
        Assert.Contains("孙**", hit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("13900004321", hit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task The_last_four_digits_of_a_phone_find_the_complaint_but_a_shorter_digit_run_does_not_search_phones()
    {
        var hit = Assert.Single(await Search.FindAsync("8765"));
        Assert.Equal(BoardSearchKind.Complaint, hit.Kind);
        Assert.Equal(_complaintId, hit.Id.ToString());
        Assert.Contains("·8765", hit.Detail, StringComparison.Ordinal);

        Assert.Empty(await Search.FindAsync("765"));
    }

    [Fact]
    public async Task A_complaint_is_found_by_its_number_and_by_the_callers_id()
    {
        Assert.Equal(_complaintId, Assert.Single(await Search.FindAsync(_complaintId)).Id.ToString());
        Assert.Equal(_complaintId, Assert.Single(await Search.FindAsync("search-k1")).Id.ToString());
    }

    [Fact]
    public async Task An_agent_is_found_by_code_in_any_case_and_nothing_by_one_character()
    {
        var hit = Assert.Single(await Search.FindAsync("a611"), h => h.Kind == BoardSearchKind.Agent);
        Assert.Equal("A611", hit.AgentCode);
        Assert.Empty(await Search.FindAsync("A"));
    }
}
