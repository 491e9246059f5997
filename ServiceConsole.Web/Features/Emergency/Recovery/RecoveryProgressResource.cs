namespace ServiceConsole.Web.Features.Emergency.Recovery;

/// <summary>
/// How far the recovery calls of an emergency have got: <paramref name="Done"/> of <paramref name="Total"/>, how many ran
/// late, and the calls themselves, open ones first by due time (at most <c>ListLimit</c>).
/// </summary>
public sealed record RecoveryProgressResource(int Total, int Done, int Breached, DateTimeOffset? DueAt, IReadOnlyList<RecoveryCallbackResource> Callbacks)
{
    public const int ListLimit = 500;

    public static RecoveryProgressResource None { get; } = new(0, 0, 0, null, []);
}
