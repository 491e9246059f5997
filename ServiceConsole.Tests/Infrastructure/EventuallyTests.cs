using Xunit.Sdk;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>The waiting helper the clock, drill and browser tests lean on: it must neither pass early nor hide why it failed.</summary>
public sealed class EventuallyTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Quick = TimeSpan.FromMilliseconds(5);

    [Fact]
    public async Task A_condition_that_comes_true_later_is_waited_for()
    {
        var probes = 0;

        await Eventually.True(() => ++probes == 3, Short, interval: Quick);

        Assert.Equal(3, probes);
    }

    [Fact]
    public async Task A_condition_that_never_holds_fails_naming_what_was_awaited()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Eventually.True(() => false, Short, "the breach", Quick));

        Assert.Contains("the breach", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assertion_is_retried_until_it_passes()
    {
        var probes = 0;

        await Eventually.Assert(() => Assert.Equal(3, ++probes), Short, Quick);

        Assert.Equal(3, probes);
    }

    [Fact]
    public async Task An_assertion_that_keeps_failing_rethrows_its_last_failure_as_it_was()
    {
        var probes = 0;

        var failure = await Assert.ThrowsAsync<EqualException>(() => Eventually.Assert(async () =>
        {
            await Task.Yield();
            Assert.Equal(-1, ++probes);
        }, Short, Quick));

        Assert.Contains($"Actual:   {probes}", failure.Message, StringComparison.Ordinal);
        Assert.True(probes > 1);
    }

    [Fact]
    public async Task Until_returns_the_first_value_that_is_done()
    {
        var reads = 0;

        var value = await Eventually.Until(() => Task.FromResult(++reads), n => n >= 4, Short, interval: Quick);

        Assert.Equal(4, value);
    }

    [Fact]
    public async Task Until_fails_with_the_last_value_read()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Eventually.Until(() => Task.FromResult("pending"), s => s == "done", Short, "the run to end", Quick));

        Assert.Contains("the run to end", failure.Message, StringComparison.Ordinal);
        Assert.Contains("pending", failure.Message, StringComparison.Ordinal);
    }
}
