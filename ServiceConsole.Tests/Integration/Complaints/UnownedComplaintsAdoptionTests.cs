using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Integration.Complaints;

/// <summary>
/// Issue 10: an open complaint never stays without an owner. One registered while nobody was on the roster (or stored
/// before ownership existed) is given an owner when the console next starts, by the registration's own rules.
/// </summary>
public sealed class UnownedComplaintsAdoptionTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_complaint_registered_with_nobody_on_the_roster_is_given_an_agent_of_its_channel_by_the_console()
    {
        var api = factory.CreateApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "adopt-1", channel = "online", customerName = "周先生", customerPhone = "13600136000",
            waybillNo = "YD5550001112223", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, shippingFee = 12.0, demand = "尽快送达",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, created.GetProperty("assignee").ValueKind); // nobody to give it to yet
        await factory.SeedAgentAsync("A801", "phone");
        await factory.SeedAgentAsync("A802", "online");

        var adopted = await factory.Services.GetRequiredService<ComplaintService>().AdoptUnownedAsync();

        Assert.Equal(1, adopted);
        var complaint = await api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{created.GetProperty("id").GetString()}");
        Assert.Equal("A802", complaint.GetProperty("assignee").GetString()); // its channel's agent
        var assigned = Assert.Single(complaint.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "assigned");
        Assert.Equal("system", assigned.GetProperty("actor").GetString());
        Assert.Equal(0, await factory.Services.GetRequiredService<ComplaintService>().AdoptUnownedAsync()); // nothing left
    }
}
