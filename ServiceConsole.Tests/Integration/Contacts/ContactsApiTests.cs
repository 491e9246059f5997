using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Contacts;

public sealed class ContactsApiTests : IClassFixture<ContactsApiTests.Factory>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly Factory _factory;
    private readonly HttpClient _api;

    public ContactsApiTests(Factory factory)
    {
        _factory = factory;
        _api = factory.CreateApiClient();
    }

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    public async Task InitializeAsync()
    {
        if (!_factory.Seeded)
        {
            _factory.Seeded = true;
            await _factory.SeedAgentAsync("A101", "online");
            await _factory.SeedAgentAsync("A109", "online", "away");
            await _factory.SeedAgentAsync("A150", "phone", "away");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Contact(string externalId, string channel = "online", string phone = "13800138000", string? agentCode = null, DateTimeOffset? arrivedAt = null) => new
    {
        externalId,
        channel,
        customerName = "王女士",
        customerPhone = phone,
        waybillNo = "YD4312345678901",
        topic = "query",
        arrivedAt = arrivedAt ?? Start,
        agentCode,
    };

    private async Task<JsonElement> PostCreatedAsync(object body)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/contacts", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public async Task SVC_01_a_chat_contact_must_be_answered_within_ten_seconds_of_arrival()
    {
        var response = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("svc01-create"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/contacts/{body.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("waiting", body.GetProperty("status").GetString());
        Assert.Equal("online", body.GetProperty("channel").GetString());
        Assert.Equal(Start.AddSeconds(10), body.GetProperty("respondBy").GetDateTimeOffset());
    }

    [Fact]
    [Trait("Rule", "SVC-02")]
    public async Task SVC_02_a_phone_contact_must_be_picked_up_within_three_rings_of_five_seconds()
    {
        var body = await PostCreatedAsync(Contact("svc02-create", "phone"));

        Assert.Equal(Start.AddSeconds(15), body.GetProperty("respondBy").GetDateTimeOffset());
    }

    [Fact]
    [Trait("Rule", "SVC-03")]
    public async Task SVC_03_an_offline_contact_has_no_first_response_deadline()
    {
        var body = await PostCreatedAsync(Contact("svc03-create", "offline"));

        Assert.Equal(JsonValueKind.Null, body.GetProperty("respondBy").ValueKind);
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public async Task Answering_at_ten_seconds_is_within_target_and_at_eleven_is_not()
    {
        var onTime = await PostCreatedAsync(Contact("svc01-on-time"));
        var late = await PostCreatedAsync(Contact("svc01-late"));

        var first = await _api.PostAsJsonAsync($"/api/v1/contacts/{onTime.GetProperty("id")}/answer", new { agentCode = "A101", at = Start.AddSeconds(10) });
        var second = await _api.PostAsJsonAsync($"/api/v1/contacts/{late.GetProperty("id")}/answer", new { agentCode = "A101", at = Start.AddSeconds(11) });

        var answered = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        Assert.Equal(10, answered.GetProperty("firstResponseSeconds").GetDouble());
        Assert.True(answered.GetProperty("withinTarget").GetBoolean());
        var lateBody = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(11, lateBody.GetProperty("firstResponseSeconds").GetDouble());
        Assert.False(lateBody.GetProperty("withinTarget").GetBoolean());
    }

    [Fact]
    public async Task Answering_twice_is_a_conflict_and_an_unknown_agent_is_a_bad_request()
    {
        var contact = await PostCreatedAsync(Contact("answer-twice"));
        var url = $"/api/v1/contacts/{contact.GetProperty("id")}/answer";

        var unknown = await _api.PostAsJsonAsync(url, new { agentCode = "Z999", at = Start.AddSeconds(3) });
        var first = await _api.PostAsJsonAsync(url, new { agentCode = "A101", at = Start.AddSeconds(3) });
        var second = await _api.PostAsJsonAsync(url, new { agentCode = "A101", at = Start.AddSeconds(4) });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("agentCode", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    [Trait("Rule", "SVC-09")]
    public async Task Closing_records_resolution_and_rating_and_rejects_a_rating_of_six()
    {
        var contact = await PostCreatedAsync(Contact("close-me"));
        var id = contact.GetProperty("id");
        await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/answer", new { agentCode = "A101", at = Start.AddSeconds(2) });

        var invalid = await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = Start.AddMinutes(2), resolved = true, satisfaction = 6 });
        var closed = await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = Start.AddMinutes(2), resolved = true, satisfaction = 5 });

        var unknownOutcome = await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = Start.AddMinutes(2) });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("satisfaction", await invalid.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknownOutcome.StatusCode);
        Assert.Contains("resolved", await unknownOutcome.Content.ReadAsStringAsync());
        var body = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", body.GetProperty("status").GetString());
        Assert.Equal(5, body.GetProperty("satisfaction").GetInt32());
        Assert.True(body.GetProperty("resolved").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_contact_is_404_as_problem_details()
    {
        var response = await _api.PostAsJsonAsync($"/api/v1/contacts/{Guid.NewGuid()}/answer", new { agentCode = "A101" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_same_externalId_with_the_same_content_returns_the_stored_contact_and_with_other_content_conflicts()
    {
        var first = await PostCreatedAsync(Contact("idem-1"));

        var retry = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("idem-1"));
        var reuse = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("idem-1", phone: "13700137000"));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, reuse.StatusCode);
    }

    [Fact]
    public async Task Twenty_parallel_identical_posts_store_one_row()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            _factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", Contact("parallel-1", phone: "13600136000"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM Contacts WHERE ExternalId = 'parallel-1'"));
    }

    [Fact]
    public async Task Invalid_fields_are_a_400_keyed_by_field_and_nothing_is_stored()
    {
        var response = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "bad-1",
            channel = "fax",
            customerName = "",
            customerPhone = "12345",
            waybillNo = "yd-lower",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("channel", out _));
        Assert.True(errors.TryGetProperty("customerName", out _));
        Assert.True(errors.TryGetProperty("customerPhone", out _));
        Assert.True(errors.TryGetProperty("waybillNo", out _));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM Contacts WHERE ExternalId = 'bad-1'"));
    }

    [Fact]
    public async Task A_landline_with_area_code_is_accepted()
    {
        var body = await PostCreatedAsync(Contact("landline", "offline", phone: "0571-88886666"));

        Assert.Equal("0571-88886666", body.GetProperty("customerPhone").GetString());
    }

    [Fact]
    public async Task A_timestamp_more_than_five_minutes_ahead_is_refused_and_one_just_inside_is_taken()
    {
        var tooFar = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("future-1", arrivedAt: _factory.Clock.GetUtcNow().AddMinutes(5).AddSeconds(1)));
        var inside = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("future-2", arrivedAt: _factory.Clock.GetUtcNow().AddMinutes(4)));

        Assert.Equal(HttpStatusCode.BadRequest, tooFar.StatusCode);
        Assert.Contains("arrivedAt", await tooFar.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
    }

    [Fact]
    public async Task An_omitted_arrival_time_is_the_server_now()
    {
        var body = await PostCreatedAsync(new { externalId = "no-time", channel = "online", customerName = "李先生", customerPhone = "13900139000" });

        Assert.Equal(_factory.Clock.GetUtcNow(), body.GetProperty("arrivedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_body_that_is_not_json_or_has_a_wrong_type_is_a_400_naming_the_field()
    {
        var wrongType = await _api.PostAsync("/api/v1/contacts",
            new StringContent("""{"externalId":"x","channel":"online","arrivedAt":"yesterday"}""", Encoding.UTF8, "application/json"));
        var broken = await _api.PostAsync("/api/v1/contacts", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("arrivedAt", await wrongType.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_contact_cannot_be_queued_to_or_answered_by_an_agent_of_another_channel()
    {
        var queued = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("wrong-channel", agentCode: "A150"));
        var chat = await PostCreatedAsync(Contact("wrong-channel-answer"));
        var answered = await _api.PostAsJsonAsync($"/api/v1/contacts/{chat.GetProperty("id")}/answer", new { agentCode = "A150" });

        Assert.Equal(HttpStatusCode.BadRequest, queued.StatusCode);
        Assert.Contains("agentCode", await queued.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, answered.StatusCode);
    }

    [Theory]
    [InlineData("YD4312345678901\n")]
    [InlineData("YD43")]
    [InlineData("YD4312345678901234567")]
    public async Task A_waybill_must_match_the_pattern_over_its_whole_length(string escaped)
    {
        var body = $$"""{"externalId":"waybill-{{escaped.Length}}","channel":"online","customerName":"王女士","customerPhone":"13800138000","waybillNo":"{{escaped}}"}""";

        var response = await _api.PostAsync("/api/v1/contacts", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("waybillNo", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_timestamp_without_an_offset_is_read_as_utc_and_a_year_old_one_is_refused()
    {
        var noOffset = await _api.PostAsync("/api/v1/contacts", new StringContent(
            """{"externalId":"no-offset","channel":"online","customerName":"王女士","customerPhone":"13800138000","arrivedAt":"2026-11-22T07:59:00"}""",
            Encoding.UTF8, "application/json"));
        var ancient = await _api.PostAsJsonAsync("/api/v1/contacts", Contact("ancient", arrivedAt: DateTimeOffset.MinValue));

        Assert.Equal(HttpStatusCode.Created, noOffset.StatusCode);
        Assert.Contains("\"arrivedAt\":\"2026-11-22T07:59:00Z\"", await noOffset.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, ancient.StatusCode);
        Assert.Contains("arrivedAt", await ancient.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Text_fields_refuse_control_characters_and_overlong_values()
    {
        var control = await _api.PostAsJsonAsync("/api/v1/contacts", new { externalId = "ctl-1", channel = "online", customerName = "王\u0000女士", customerPhone = "13800138000" });
        var overlong = await _api.PostAsJsonAsync("/api/v1/contacts", new { externalId = "ctl-2", channel = "online", customerName = "王女士", customerPhone = "13800138000", agentCode = new string('A', 5000) });

        Assert.Contains("customerName", await control.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.DoesNotContain(new string('A', 100), await overlong.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_promise_through_the_api_creates_a_callback_due_one_hour_later()
    {
        var contact = await PostCreatedAsync(Contact("promise-api", agentCode: "A101"));

        var response = await _api.PostAsJsonAsync($"/api/v1/contacts/{contact.GetProperty("id")}/promise", new { agentCode = "A101" });
        var unknown = await _api.PostAsJsonAsync($"/api/v1/contacts/{Guid.NewGuid()}/promise", new { agentCode = "A101" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var callback = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("promise", callback.GetProperty("kind").GetString());
        Assert.Equal("A101", callback.GetProperty("agentCode").GetString());
        Assert.Equal(contact.GetProperty("id").GetGuid(), callback.GetProperty("contactId").GetGuid());
        Assert.Equal(_factory.Clock.GetUtcNow().AddHours(1), callback.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var open = await _api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=open&agentCode=A101");
        var done = await _api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=done&agentCode=A101");
        var badStatus = await _api.GetAsync("/api/v1/callbacks?status=late");
        Assert.Contains(open.EnumerateArray(), c => c.GetProperty("id").GetGuid() == callback.GetProperty("id").GetGuid());
        Assert.DoesNotContain(done.EnumerateArray(), c => c.GetProperty("id").GetGuid() == callback.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }

    [Fact]
    public async Task No_key_or_a_wrong_key_is_401()
    {
        var anonymous = _factory.CreateClient();
        var wrong = _factory.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");

        var withoutKey = await anonymous.PostAsJsonAsync("/api/v1/contacts", Contact("auth-1"));
        var withWrongKey = await wrong.PostAsJsonAsync("/api/v1/contacts", Contact("auth-2"));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withWrongKey.StatusCode);
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    [Trait("Rule", "SVC-08")]
    [Trait("Rule", "SVC-09")]
    public async Task An_agents_month_counts_on_time_answers_first_contact_resolution_and_ratings()
    {
        (int AnswerSeconds, bool Resolved, int? Rating)[] outcomes = [(3, true, 5), (10, true, 4), (9, false, null), (12, true, null)];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var contact = await PostCreatedAsync(Contact($"kpi-{i}", agentCode: "A109"));
            var id = contact.GetProperty("id");
            await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/answer", new { agentCode = "A109", at = Start.AddSeconds(outcomes[i].AnswerSeconds) });
            await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = Start.AddMinutes(3), resolved = outcomes[i].Resolved, satisfaction = outcomes[i].Rating });
        }

        var kpi = await _api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A109/kpi?month=2026-11");

        Assert.Equal(0.75, kpi.GetProperty("responseCompliance").GetDouble(), 3);
        Assert.Equal(0.75, kpi.GetProperty("firstContactResolution").GetDouble(), 3);
        Assert.Equal(4.5, kpi.GetProperty("satisfaction").GetDouble(), 3);
        Assert.Equal(JsonValueKind.Null, kpi.GetProperty("grade").ValueKind);
        var empty = await _api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A109/kpi?month=2026-10");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("responseCompliance").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("/api/v1/agents/Z999/kpi")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.GetAsync("/api/v1/agents/A109/kpi?month=11-2026")).StatusCode);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
