using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Emergency;

/// <summary>EMG-03 end to end: the automatic switch after a coordinator's switch-off, and a real spike during a drill.</summary>
public sealed class MassComplaintSwitchTests(MassComplaintSwitchTests.Factory factory) : IClassFixture<MassComplaintSwitchTests.Factory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    private async Task PostAsync(string externalId, string issueKey, DateTimeOffset receivedAt)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId,
            channel = "online",
            customerName = "卫女士",
            customerPhone = "13800138000",
            waybillNo = $"YD{Math.Abs(externalId.GetHashCode()):D13}",
            outletCode = "WH-JN-03",
            category = "damage",
            itemValue = 100,
            packagingOnly = true,
            demand = "赔偿",
            issueKey,
            receivedAt,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonElement> MassModeAsync() =>
        (await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency")).EnumerateArray().Single(m => m.GetProperty("mode").GetString() == "mass-complaint");

    [Fact]
    [Trait("Rule", "EMG-03")]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_03_the_switch_respects_a_coordinators_switch_off_and_a_real_spike_ends_a_drill()
    {
        for (var i = 0; i < 21; i++)
        {
            await PostAsync($"first-{i}", "wh-crushed", Start.AddMinutes(-50 + i));
        }

        var switched = await MassModeAsync();
        Assert.True(switched.GetProperty("active").GetBoolean());
        // The reason is stored as shown: the burst's times in the centre's zone (01:10Z is 09:10 in Beijing), offset said.
        Assert.Matches(@"在 2026-11-22 09:\d\d–09:\d\d \(UTC\+8\) 内收到 \d+ 起投诉", switched.GetProperty("reason").GetString());

        // The coordinator handles it and switches off; a late complaint of the same burst must not switch it back on.
        var off = await _api.PostAsJsonAsync("/api/v1/emergency/mass-complaint/deactivate", new { reason = "已统一处理" });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        await PostAsync("late-of-first", "wh-crushed", Start.AddMinutes(-1));
        Assert.False((await MassModeAsync()).GetProperty("active").GetBoolean());

        // A drill runs; then a new real burst on the same issue ends the drill and switches the real mode on.
        var drill = await _api.PostAsJsonAsync("/api/v1/emergency/mass-complaint/activate", new { reason = "月度演练", drill = true });
        Assert.Equal(HttpStatusCode.OK, drill.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        for (var i = 0; i < 21; i++)
        {
            await PostAsync($"second-{i}", "wh-crushed", Start.AddMinutes(5 + i));
        }

        var mode = await MassModeAsync();
        Assert.True(mode.GetProperty("active").GetBoolean());
        Assert.False(mode.GetProperty("drill").GetBoolean());
        Assert.Equal("wh-crushed", mode.GetProperty("issueKey").GetString());

        // Switching one issue's incident off does not blind the switch to another issue's burst.
        await _api.PostAsJsonAsync("/api/v1/emergency/mass-complaint/deactivate", new { reason = "已处理" });
        for (var i = 0; i < 21; i++)
        {
            await PostAsync($"other-{i}", "wh-lost", Start.AddMinutes(6 + i));
        }

        var other = await MassModeAsync();
        Assert.True(other.GetProperty("active").GetBoolean());
        Assert.Equal("wh-lost", other.GetProperty("issueKey").GetString());
    }
}
