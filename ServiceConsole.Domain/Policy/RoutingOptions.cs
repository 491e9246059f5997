namespace ServiceConsole.Domain.Policy;

/// <summary>
/// How many open contacts one agent may hold per channel. Not a POLICY.md rule, but it decides
/// whether SVC-01/SVC-02 can be met, so it is configurable alongside them.
/// </summary>
public sealed class RoutingOptions
{
    /// <summary>Concurrent online chats per agent.</summary>
    public int MaxConcurrentChats { get; set; } = 3;

    /// <summary>Concurrent phone calls per agent.</summary>
    public int MaxConcurrentCalls { get; set; } = 1;

    /// <summary>Concurrent counter (offline) customers per agent.</summary>
    public int MaxConcurrentCounter { get; set; } = 1;
}
