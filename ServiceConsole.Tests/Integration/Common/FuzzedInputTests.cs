using System.Net;
using System.Text;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Common;

/// <summary>
/// Issue 11: a thousand malformed requests against the write and read paths an integration can reach: never a 5xx,
/// never a stack trace, never a customer's phone or ID number in an error.
/// </summary>
public sealed class FuzzedInputTests(FuzzedInputTests.Factory factory) : IClassFixture<FuzzedInputTests.Factory>
{
    private const string KnownPhone = "13812349876";
    private const string KnownIdNumber = "11010519491231002X";

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private static readonly string[] Paths =
    [
        "/api/v1/contacts", "/api/v1/complaints", "/api/v1/contacts/{id}/answer", "/api/v1/contacts/{id}/close",
        "/api/v1/complaints/{id}/assign", "/api/v1/complaints/{id}/verify", "/api/v1/complaints/{id}/propose",
        "/api/v1/contacts/{id}/promise", "/api/v1/compensation/quote", "/api/v1/customers/{id}/reveal",
        "/api/v1/emergency/weather/activate", "/api/v1/emergency/outage/waiting", "/api/v1/emergency/weather/requests",
    ];

    private static readonly string[] Fields =
        ["externalId", "channel", "customerName", "customerPhone", "idNumber", "waybillNo", "outletCode", "category", "delayDays",
         "itemValue", "demand", "receivedAt", "arrivedAt", "at", "reason", "assignee", "findings", "faultParty", "kind", "amount",
         "resolved", "satisfaction", "agentCode", "topic", "phase", "drill", "customerIds"];

    private static readonly string[] Values =
    [
        "null", "true", "-1", "0", "1e309", "99999999999999999999999", "\"\"", "\"   \"", "[]", "{}", "[[[[[]]]]]",
        $"\"{new string('长', 5000)}\"", "\"\\u0000\"", "\"<script>alert(1)</script>\"", "\"'; DROP TABLE Contacts; --\"",
        "\"2026-13-45T99:99:99Z\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", $"\"{KnownPhone}\"", $"\"{KnownIdNumber}\"",
        "\"11010519491231002Y\"", "\"online\"", "\"phone\"", "\"delay\"", "\"major\"", "\"YD4312345678901\"", "\"HZ-XH-01\"",
        "\"A001\"", "\"\\uD800\"", "-0.0000001", "3.5", "\"NaN\"", "\"Infinity\"",
    ];

    private static readonly string[] Broken = ["", "{", "}", "[", "nul", "{\"a\":}", "{\"a\" 1}", "\"just a string\"", "123", "{\"externalId\":\"x\",}", "\u00ff\u00fe"];

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task A_thousand_fuzzed_requests_get_no_5xx_no_stack_trace_and_no_personal_data_back()
    {
        var random = new Random(20261204);
        var api = factory.CreateApiClient();
        var existing = Guid.NewGuid();
        var problems = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var path = Paths[random.Next(Paths.Length)].Replace("{id}", random.Next(4) switch
            {
                0 => existing.ToString(),
                1 => "not-a-guid",
                2 => "00000000-0000-0000-0000-000000000000",
                _ => Guid.NewGuid().ToString(),
            }, StringComparison.Ordinal);
            string body;
            if (random.Next(6) == 0)
            {
                body = Broken[random.Next(Broken.Length)];
            }
            else
            {
                var fields = Enumerable.Range(0, random.Next(0, 8))
                    .Select(_ => $"\"{Fields[random.Next(Fields.Length)]}\":{Values[random.Next(Values.Length)]}")
                    .Distinct();
                body = "{" + string.Join(',', fields) + "}";
            }

            using var content = new StringContent(body, Encoding.UTF8, random.Next(10) == 0 ? "text/plain" : "application/json");
            using var response = random.Next(8) == 0
                ? await api.GetAsync(path + "?status=" + Uri.EscapeDataString(Values[random.Next(Values.Length)]) + "&pageSize=-5&page=x")
                : await api.PostAsync(path, content);
            var text = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal)
                || (response.StatusCode >= HttpStatusCode.BadRequest && (text.Contains(KnownPhone, StringComparison.Ordinal) || text.Contains(KnownIdNumber, StringComparison.Ordinal))))
            {
                problems.Add($"{(int)response.StatusCode} POST {path} {body[..Math.Min(body.Length, 200)]} → {text[..Math.Min(text.Length, 300)]}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(10)));
    }
}
