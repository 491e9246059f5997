using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Integration.Common;

/// <summary>The write path every service takes: the gate is released before anyone hears of the change.</summary>
public sealed class WritePathTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Every_change_of_an_api_write_is_published_after_the_write_gate_is_released()
    {
        var gate = factory.Services.GetRequiredService<WriteGate>();
        var feed = factory.Services.GetRequiredService<ChangeFeed>();
        var heard = new ConcurrentQueue<(string Change, bool GateHeld)>();

        // A subscriber runs on the publisher's flow: had the change been published inside the write, the gate would show as held.
        using var subscription = feed.Subscribe(change => heard.Enqueue((change.GetType().Name, gate.IsHeld)));
        var api = factory.CreateApiClient();
        var contact = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "wp-contact-1", channel = "phone", customerName = "赵女士", customerPhone = "13800138011",
        });
        var complaint = await api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "wp-complaint-1", channel = "phone", customerName = "赵女士", customerPhone = "13800138011",
            waybillNo = "YD4312345678911", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, demand = "尽快派送",
        });

        contact.EnsureSuccessStatusCode();
        complaint.EnsureSuccessStatusCode();
        await Eventually.True(() => heard.Any(h => h.Change == nameof(ComplaintChanged)));
        Assert.Contains(heard, h => h.Change == nameof(ContactChanged));
        Assert.All(heard, h => Assert.False(h.GateHeld, $"{h.Change} was published while the write gate was held"));
    }

    [Fact]
    public async Task An_operation_that_holds_the_gate_and_asks_again_is_refused_instead_of_waiting_for_itself()
    {
        var gate = new WriteGate();

        using (await gate.EnterAsync(CancellationToken.None))
        {
            var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => gate.EnterAsync(CancellationToken.None));
            Assert.Contains("already held", refusal.Message, StringComparison.Ordinal);
        }

        // Released, it can be entered again; another request (its own execution flow) meanwhile waits its turn.
        Task<bool> other;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            using (ExecutionContext.SuppressFlow())
            {
                other = Task.Run(async () =>
                {
                    using (await gate.EnterAsync(CancellationToken.None))
                    {
                        return true;
                    }
                });
            }

            await Task.Delay(50);
            Assert.False(other.IsCompleted);
        }

        Assert.True(await other.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
