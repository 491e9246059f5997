using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Complaints;

/// <summary>The contract's complaint lifecycle, carried from registration to closed through a reopen.</summary>
public sealed class ComplaintLifecycleApiTests(ComplaintLifecycleApiTests.Factory factory) : IClassFixture<ComplaintLifecycleApiTests.Factory>
{
    private static readonly DateTimeOffset Received = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Received.AddMinutes(1));
    }

    /// <summary>Moves the console's clock to the moment of a step, so each step happens "now" and after the last.</summary>
    private DateTimeOffset At(DateTimeOffset moment)
    {
        if (moment > factory.Clock.GetUtcNow())
        {
            factory.Clock.SetUtcNow(moment);
        }

        return moment;
    }

    private async Task<string> RegisterAsync(string externalId)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId,
            channel = "phone",
            customerName = "蒋女士",
            customerPhone = "13800138000",
            waybillNo = $"YD{Math.Abs(externalId.GetHashCode()) % 10_000_000_000_000:D13}",
            outletCode = "CD-JN-02",
            category = "delay",
            delayDays = 2,
            demand = "尽快派送",
            receivedAt = Received,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string id, string step, object? body = null)
    {
        var response = await _api.PostAsJsonAsync($"/api/v1/complaints/{id}/{step}", body ?? new { });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    [Trait("Rule", "CMP-08")]
    [Trait("Rule", "CMP-09")]
    [Trait("Rule", "CMP-10")]
    public async Task A_complaint_goes_from_registered_through_negotiation_a_reopen_and_a_second_callback_to_closed()
    {
        var id = await RegisterAsync("life-1");
        var at = Received.AddMinutes(30);

        var verified = await PostAsync(id, "verify", new { findings = "分拨中心积压,已催派", faultParty = "courier", at = At(at) });
        Assert.Equal("verified", verified.Body.GetProperty("status").GetString());
        Assert.Equal("courier", verified.Body.GetProperty("faultParty").GetString());

        var first = await PostAsync(id, "propose", new { kind = "coupon", amount = 10.0, note = "10 元优惠券", at = At(at.AddMinutes(5)) });
        var twice = await PostAsync(id, "propose", new { kind = "coupon", amount = 15.0, at = At(at.AddMinutes(6)) });
        var declined = await PostAsync(id, "decline", new { note = "客户要求现金", at = At(at.AddMinutes(7)) });
        var second = await PostAsync(id, "propose", new { kind = "cash", amount = 20.0, at = At(at.AddMinutes(8)) });
        var accepted = await PostAsync(id, "accept", new { at = At(at.AddMinutes(9)) });

        Assert.Equal("verified", first.Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Equal("declined", declined.Body.GetProperty("rounds")[0].GetProperty("outcome").GetString());
        Assert.Equal(2, second.Body.GetProperty("rounds").GetArrayLength());
        Assert.Equal("resolved", accepted.Body.GetProperty("status").GetString());
        Assert.Equal(at.AddMinutes(9).AddHours(24), accepted.Body.GetProperty("callbackDue").GetDateTimeOffset());

        var unhappy = await PostAsync(id, "callback", new { satisfied = false, satisfaction = 2, note = "仍未收到", at = At(at.AddHours(3)) });
        Assert.Equal("reopened", unhappy.Body.GetProperty("status").GetString());
        Assert.Equal(at.AddHours(3).AddHours(12), unhappy.Body.GetProperty("callbackDue").GetDateTimeOffset());

        await PostAsync(id, "propose", new { kind = "cash", amount = 30.0, at = At(at.AddHours(4)) });
        await PostAsync(id, "accept", new { at = At(at.AddHours(4)) });
        var closed = await PostAsync(id, "callback", new { satisfied = true, satisfaction = 5, at = At(at.AddHours(6)) });
        Assert.Equal("closed", closed.Body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, closed.Body.GetProperty("callbackDue").ValueKind);

        var history = closed.Body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).ToList();
        Assert.Equal("registered", history[0]);
        Assert.Contains("reopened", history);
        Assert.Equal("closed", history[^1]);
    }

    [Fact]
    [Trait("Rule", "CMP-09")]
    public async Task Illegal_transitions_are_a_409_naming_the_current_status()
    {
        var id = await RegisterAsync("life-illegal");

        var resolveUnverified = await PostAsync(id, "accept");
        var closeBeforeCallback = await PostAsync(id, "callback", new { satisfied = true });

        Assert.Equal(HttpStatusCode.Conflict, resolveUnverified.Status);
        Assert.Equal("registered", resolveUnverified.Body.GetProperty("currentStatus").GetString());
        Assert.Equal(HttpStatusCode.Conflict, closeBeforeCallback.Status);
        Assert.Equal("registered", closeBeforeCallback.Body.GetProperty("currentStatus").GetString());
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task Verification_needs_findings_and_a_known_fault_party_and_an_unknown_complaint_is_404()
    {
        var id = await RegisterAsync("life-invalid");

        var noFindings = await PostAsync(id, "verify", new { faultParty = "courier" });
        var badParty = await PostAsync(id, "verify", new { findings = "已核实", faultParty = "weather" });
        var missing = await PostAsync(Guid.NewGuid().ToString(), "verify", new { findings = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, noFindings.Status);
        Assert.True(noFindings.Body.GetProperty("errors").TryGetProperty("findings", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badParty.Status);
        Assert.True(badParty.Body.GetProperty("errors").TryGetProperty("faultParty", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }
}
