using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// Creates SVC-05 promise callbacks over the public API, the way an integration would: a contact for
/// agent A001, the promise on it, then the contact closed (the callback stays owed; closing keeps the
/// agent's queue as short as on a working floor). Each promise's due time comes back in the 201.
/// </summary>
internal static class PromiseLoad
{
    public sealed record Promise(Guid Id, DateTimeOffset DueAt, double PostMs);

    /// <summary>
    /// Makes <paramref name="count"/> promises with <paramref name="parallel"/> requests in flight and hands
    /// each one to <paramref name="created"/> as soon as its 201 arrives (the baseline arms its timers there).
    /// </summary>
    public static async Task<IReadOnlyList<Promise>> CreateAsync(
        HttpClient api, string prefix, int count, int parallel, Action<Promise> created)
    {
        var made = new ConcurrentBag<Promise>();
        var next = -1;
        var progress = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var promise = await PromiseAsync(api, $"{prefix}-{i}");
                created(promise);
                made.Add(promise);
                if (made.Count % Math.Max(100, count / 10) == 0)
                {
                    var recent = made.Take(1000).Select(p => p.PostMs).Order().ToList();
                    Console.Error.WriteLine($"  {made.Count} promises in {progress.Elapsed.TotalSeconds:0} s; promise POST p50 {recent[recent.Count / 2]:0} ms, p99 {recent[recent.Count * 99 / 100]:0} ms");
                }
            }
        }));
        return [.. made];
    }

    private static async Task<Promise> PromiseAsync(HttpClient api, string externalId)
    {
        using var contact = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId,
            channel = "online",
            customerName = "基准测试",
            customerPhone = "13800138000",
            agentCode = "A001",
        });
        var contactId = (await Created(contact, externalId)).GetProperty("id").GetString()!;
        var posted = Stopwatch.GetTimestamp();
        using var promise = await api.PostAsJsonAsync($"/api/v1/contacts/{contactId}/promise", new { agentCode = "A001" });
        var postMs = Stopwatch.GetElapsedTime(posted).TotalMilliseconds;
        var task = await Created(promise, externalId);
        using var close = await api.PostAsJsonAsync($"/api/v1/contacts/{contactId}/close", new { resolved = true });
        close.EnsureSuccessStatusCode();
        return new Promise(Guid.Parse(task.GetProperty("id").GetString()!), task.GetProperty("dueAt").GetDateTimeOffset(), postMs);
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response, string externalId)
    {
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.RequestUri} for {externalId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
