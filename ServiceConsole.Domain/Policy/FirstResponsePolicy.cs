using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// First-response limits: SVC-01 (chat, 10 s), SVC-02 (phone, rings × ring cycle = 15 s) and
/// SVC-03 (counter: measured, no limit).
/// </summary>
public sealed class FirstResponsePolicy(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The longest allowed wait for a first response, or <c>null</c> when the channel has none (SVC-03).</summary>
    public TimeSpan? TargetFor(Channel channel) => channel switch
    {
        Channel.Online => TimeSpan.FromSeconds(_options.Service.ChatFirstResponseSeconds),
        Channel.Phone => TimeSpan.FromSeconds((long)_options.Service.PhoneRings * _options.Service.RingCycleSeconds),
        Channel.Offline => null,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    /// <summary>The moment by which the first response is due, or <c>null</c> for the counter.</summary>
    public DateTimeOffset? RespondBy(Channel channel, DateTimeOffset arrivedAt) => arrivedAt + TargetFor(channel);

    /// <summary>
    /// True when the answer came no later than the limit: exactly 10 s is within, 10.001 s is
    /// not. A counter contact has no limit and is always within.
    /// </summary>
    public bool IsWithinTarget(Channel channel, DateTimeOffset arrivedAt, DateTimeOffset answeredAt) =>
        TargetFor(channel) is not { } target || answeredAt - arrivedAt <= target;
}
