namespace ServiceConsole.Domain.Policy;

/// <summary>
/// INF-03: records are entered within <see cref="InformationOptions.EntryWindowMinutes"/> (30) after the service ends;
/// one entered later is flagged late. Exactly the window is still on time; one tick more is late. The service end is
/// what the record says: a contact's close time (<c>closedAt</c>, the <c>at</c> of its close request), a complaint's
/// <c>receivedAt</c>; the entry time is when the console stored it.
/// </summary>
public sealed class LateEntryPolicy(PolicyOptions options)
{
    private readonly TimeSpan _window = TimeSpan.FromMinutes((options ?? throw new ArgumentNullException(nameof(options))).Information.EntryWindowMinutes);

    public TimeSpan Window => _window;

    public bool IsLate(DateTimeOffset serviceEndedAt, DateTimeOffset enteredAt) => enteredAt - serviceEndedAt > _window;
}
