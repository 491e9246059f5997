namespace ServiceConsole.Domain;

/// <summary>
/// Thrown by an aggregate when its state machine forbids the requested change. The web layer
/// turns it into <c>409</c> naming <see cref="CurrentStatus"/>, so the status is kept as the
/// lower-case wire name rather than the enum.
/// </summary>
public sealed class InvalidTransitionException(string action, string currentStatus, string message)
    : InvalidOperationException(message)
{
    /// <summary>The attempted action, e.g. <c>answer</c> or <c>accept</c>.</summary>
    public string Action { get; } = action;

    /// <summary>The status the aggregate was in, as its lower-case wire name.</summary>
    public string CurrentStatus { get; } = currentStatus;
}
