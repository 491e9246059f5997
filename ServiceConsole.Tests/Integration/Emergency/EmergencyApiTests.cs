using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Emergency;

public sealed class EmergencyApiTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private readonly HttpClient _api = factory.CreateApiClient();

    private async Task<JsonElement> ModeAsync(string mode)
    {
        var modes = await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency");
        return modes.EnumerateArray().Single(m => m.GetProperty("mode").GetString() == mode);
    }

    [Fact]
    public async Task There_is_one_entry_per_mode()
    {
        var modes = await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency");

        Assert.Equal(["mass-complaint", "outage", "weather"], modes.EnumerateArray().Select(m => m.GetProperty("mode").GetString()!).Order().ToArray());
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_07_switching_weather_mode_needs_a_reason_and_records_it()
    {
        var withoutReason = await _api.PostAsJsonAsync("/api/v1/emergency/weather/activate", new { phase = "warning" });
        var activated = await _api.PostAsJsonAsync("/api/v1/emergency/weather/activate", new { reason = "台风“海葵”预警", phase = "warning", drill = false });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("reason", await withoutReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        var weather = await ModeAsync("weather");
        Assert.True(weather.GetProperty("active").GetBoolean());
        Assert.Equal("warning", weather.GetProperty("phase").GetString());
        Assert.Equal("台风“海葵”预警", weather.GetProperty("reason").GetString());

        var deactivated = await _api.PostAsJsonAsync("/api/v1/emergency/weather/deactivate", new { reason = "预警解除" });
        var again = await _api.PostAsJsonAsync("/api/v1/emergency/weather/deactivate", new { reason = "再次解除" });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await ModeAsync("weather")).GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_unknown_mode_or_phase_is_a_400_naming_the_field()
    {
        var mode = await _api.PostAsJsonAsync("/api/v1/emergency/earthquake/activate", new { reason = "x" });
        var phase = await _api.PostAsJsonAsync("/api/v1/emergency/outage/activate", new { reason = "x", phase = "panic" });

        Assert.Equal(HttpStatusCode.BadRequest, mode.StatusCode);
        Assert.Contains("mode", await mode.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, phase.StatusCode);
        Assert.Contains("phase", await phase.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public async Task EMG_03_twenty_complaints_on_one_issue_within_an_hour_keep_the_mode_off_and_the_twenty_first_switches_it_on()
    {
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        async Task PostAsync(int i)
        {
            var response = await _api.PostAsJsonAsync("/api/v1/complaints", new
            {
                externalId = $"spike-{i}",
                channel = "phone",
                customerName = "钱女士",
                customerPhone = "13800138000",
                waybillNo = $"YD{i:D13}",
                outletCode = "SH-PD-02",
                category = "delay",
                delayDays = 1,
                demand = "尽快派送",
                issueKey = "outlet-SH-PD-02-flood",
                // Out of order on purpose: the detector works on receivedAt, not on arrival order.
                receivedAt = start.AddMinutes((i * 37) % 59),
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        for (var i = 1; i <= 20; i++)
        {
            await PostAsync(i);
        }

        Assert.False((await ModeAsync("mass-complaint")).GetProperty("active").GetBoolean());

        await PostAsync(21);

        var mode = await ModeAsync("mass-complaint");
        Assert.True(mode.GetProperty("active").GetBoolean());
        Assert.Equal("outlet-SH-PD-02-flood", mode.GetProperty("issueKey").GetString());
        Assert.False(mode.GetProperty("drill").GetBoolean());
    }
}
