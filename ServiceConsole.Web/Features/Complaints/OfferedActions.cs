namespace ServiceConsole.Web.Features.Complaints;

/// <summary>What the complaint page offers for the complaint as it stands.</summary>
/// <param name="Verify">CMP-04: record the findings and the party at fault.</param>
/// <param name="Propose">CMP-08: offer a solution (no proposal is open).</param>
/// <param name="Answer">CMP-08: record the customer's answer to the open proposal.</param>
/// <param name="Callback">CMP-09/10: record the follow-up call.</param>
/// <param name="CallbackClock">The clock the callback answers: <c>callback</c> (CMP-09) or <c>recallback</c> (CMP-10).</param>
public sealed record OfferedActions(bool Verify, bool Propose, bool Answer, bool Callback, string? CallbackClock)
{
    public static OfferedActions None { get; } = new(false, false, false, false, null);

    public bool Any => Verify || Propose || Answer || Callback;
}
