using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Complaints;

public sealed class ComplaintsApiTests(ComplaintsApiTests.Factory factory) : IClassFixture<ComplaintsApiTests.Factory>
{
    private static readonly DateTimeOffset Received = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = new FakeTimeProvider(Received.AddMinutes(1));
    }

    private static Dictionary<string, object?> Complaint(string externalId, string category = "delay", string waybill = "YD4312345678901") => new()
    {
        ["externalId"] = externalId,
        ["channel"] = "online",
        ["customerName"] = "李先生",
        ["customerPhone"] = "13900139000",
        ["waybillNo"] = waybill,
        ["outletCode"] = "HZ-XH-01",
        ["category"] = category,
        ["delayDays"] = category == "delay" ? 2 : null,
        ["packagingOnly"] = false,
        ["itemValue"] = 320.0,
        ["insured"] = false,
        ["insuredValue"] = null,
        ["shippingFee"] = 12.0,
        ["demand"] = "赔偿",
        ["issueKey"] = null,
        ["receivedAt"] = Received,
    };

    private async Task<JsonElement> CreateAsync(Dictionary<string, object?> body)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/complaints", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    [Trait("Rule", "CMP-02")]
    [Trait("Rule", "CMP-04")]
    public async Task CMP_02_a_two_day_delay_is_general_verified_within_one_hour_and_resolved_within_24()
    {
        var body = await CreateAsync(Complaint("cmp02-general", waybill: "YD0000000000201"));

        Assert.Equal("general", body.GetProperty("severity").GetString());
        Assert.Equal("registered", body.GetProperty("status").GetString());
        Assert.Equal(Received.AddHours(1), body.GetProperty("verifyBy").GetDateTimeOffset());
        Assert.Equal(Received.AddHours(24), body.GetProperty("resolveBy").GetDateTimeOffset());
        Assert.Equal("delay:HZ-XH-01", body.GetProperty("issueKey").GetString());
    }

    [Fact]
    [Trait("Rule", "CMP-03")]
    [Trait("Rule", "CMP-04")]
    public async Task CMP_03_a_three_day_delay_is_major_verified_within_six_hours_and_resolved_within_48()
    {
        var request = Complaint("cmp03-major", waybill: "YD0000000000301");
        request["delayDays"] = 3;

        var body = await CreateAsync(request);

        Assert.Equal("major", body.GetProperty("severity").GetString());
        Assert.Equal(Received.AddHours(6), body.GetProperty("verifyBy").GetDateTimeOffset());
        Assert.Equal(Received.AddHours(48), body.GetProperty("resolveBy").GetDateTimeOffset());
    }

    [Theory]
    [Trait("Rule", "CMP-03")]
    [InlineData(499.99, "general")]
    [InlineData(500.0, "major")]
    public async Task CMP_03_a_damaged_item_is_major_from_500_yuan(double itemValue, string severity)
    {
        var request = Complaint($"cmp03-damage-{itemValue}", "damage", waybill: $"YD00000{(int)(itemValue * 100):D8}");
        request["itemValue"] = itemValue;

        var body = await CreateAsync(request);

        Assert.Equal(severity, body.GetProperty("severity").GetString());
    }

    [Fact]
    [Trait("Rule", "CMP-03")]
    public async Task CMP_03_a_second_open_complaint_on_the_same_waybill_is_major()
    {
        var first = await CreateAsync(Complaint("cmp03-repeat-1", "unclear-answer", waybill: "YD0000000000777"));
        var second = await CreateAsync(Complaint("cmp03-repeat-2", "unclear-answer", waybill: "YD0000000000777"));

        Assert.Equal("general", first.GetProperty("severity").GetString());
        Assert.Equal("major", second.GetProperty("severity").GetString());
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public async Task CMP_01_a_complaint_needs_a_valid_waybill_and_no_negative_amounts()
    {
        var request = Complaint("cmp01-invalid", waybill: "yd123");
        request["itemValue"] = -1;
        request["category"] = "rudeness";
        request["demand"] = "";

        var response = await _api.PostAsJsonAsync("/api/v1/complaints", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("waybillNo", out _));
        Assert.True(errors.TryGetProperty("itemValue", out _));
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(errors.TryGetProperty("demand", out _));
        var page = await _api.GetFromJsonAsync<JsonElement>("/api/v1/complaints?status=all&pageSize=500");
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), c => c.GetProperty("externalId").GetString() == "cmp01-invalid");
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=2147483647", "page")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("status=closed", "status")]
    public async Task Bad_list_parameters_are_a_400_naming_the_parameter(string query, string field)
    {
        var response = await _api.GetAsync($"/api/v1/complaints?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_complaint_received_in_year_one_is_refused_not_stored()
    {
        var request = Complaint("year-one", "other", waybill: "YD0000000000111");
        request["receivedAt"] = DateTimeOffset.MinValue;

        var response = await _api.PostAsJsonAsync("/api/v1/complaints", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("receivedAt", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Twenty_parallel_identical_complaints_store_one()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            factory.CreateApiClient().PostAsJsonAsync("/api/v1/complaints", Complaint("parallel-complaint", "other", waybill: "YD0000000000222"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK));
        var page = await _api.GetFromJsonAsync<JsonElement>("/api/v1/complaints?status=all&pageSize=500");
        Assert.Single(page.GetProperty("items").EnumerateArray(), c => c.GetProperty("externalId").GetString() == "parallel-complaint");
    }

    [Fact]
    public async Task A_complaint_is_fetched_by_id_listed_newest_first_and_unknown_ids_are_404()
    {
        var older = Complaint("list-older", "other", waybill: "YD0000000000901");
        older["receivedAt"] = Received.AddMinutes(-30);
        older["issueKey"] = "list-test";
        var created = await CreateAsync(older);
        var newer = Complaint("list-newer", "other", waybill: "YD0000000000902");
        newer["issueKey"] = "list-test";
        await CreateAsync(newer);

        var fetched = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{created.GetProperty("id")}");
        var page = await _api.GetFromJsonAsync<JsonElement>("/api/v1/complaints?status=all&issueKey=list-test&page=1&pageSize=50");
        var missing = await _api.GetAsync($"/api/v1/complaints/{Guid.NewGuid()}");

        Assert.Equal("list-older", fetched.GetProperty("externalId").GetString());
        Assert.Equal("registered", fetched.GetProperty("history")[0].GetProperty("to").GetString());
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("externalId").GetString()!).ToList();
        Assert.Equal(["list-newer", "list-older"], ids);
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_same_complaint_twice_is_one_complaint_and_a_different_one_under_the_same_id_conflicts()
    {
        var first = await CreateAsync(Complaint("idem-complaint", "other", waybill: "YD0000000000555"));
        var retry = await _api.PostAsJsonAsync("/api/v1/complaints", Complaint("idem-complaint", "other", waybill: "YD0000000000555"));
        var changed = await _api.PostAsJsonAsync("/api/v1/complaints", Complaint("idem-complaint", "loss", waybill: "YD0000000000555"));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
    }

    [Theory]
    [Trait("Rule", "CMP-05")]
    [Trait("Rule", "CMP-06")]
    [Trait("Rule", "CMP-07")]
    [InlineData("""{"category":"delay","delayDays":3}""", "coupon", 15.0, "CMP-05")]
    [InlineData("""{"category":"damage","repairable":true,"repairCost":80}""", "repair", 80.0, "CMP-06")]
    [InlineData("""{"category":"damage","repairable":false,"itemValue":20,"shippingFee":15}""", "cash", 45.0, "CMP-06")]
    [InlineData("""{"category":"loss","insured":false,"itemValue":800}""", "cash", 500.0, "CMP-07")]
    [InlineData("""{"category":"loss","insured":true,"insuredValue":1200,"itemValue":800}""", "cash", 1200.0, "CMP-07")]
    public async Task The_compensation_quote_follows_the_policy(string json, string kind, double amount, string ruleId)
    {
        var response = await _api.PostAsync("/api/v1/compensation/quote", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quote = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(kind, quote.GetProperty("kind").GetString());
        Assert.Equal(amount, quote.GetProperty("amount").GetDouble());
        Assert.Equal(ruleId, quote.GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData("""{"category":"damage","repairable":false,"itemValue":20,"shippingFee":79228162514264337593543950335}""", "shippingFee")]
    [InlineData("""{"category":"delay"}""", "delayDays")]
    [InlineData("""{"category":"damage","repairable":true}""", "repairCost")]
    public async Task An_impossible_quote_request_is_a_400_naming_the_field(string json, string field)
    {
        var response = await _api.PostAsync("/api/v1/compensation/quote", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages));
        Assert.DoesNotContain("(Parameter", messages[0].GetString());
    }

    [Fact]
    public async Task A_quote_for_an_attitude_complaint_is_a_400_naming_the_category()
    {
        var response = await _api.PostAsJsonAsync("/api/v1/compensation/quote", new { category = "attitude" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("category", out _));
    }
}
