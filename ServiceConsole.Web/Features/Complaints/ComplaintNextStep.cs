namespace ServiceConsole.Web.Features.Complaints;

/// <summary>The step a complaint waits for, as the desk lists it: the first the page would offer.</summary>
public static class ComplaintNextStep
{
    /// <returns><c>verify</c>, <c>propose</c>, <c>answer</c>, <c>callback</c>, <c>recallback</c> or <c>none</c>.</returns>
    public static string Of(ComplaintResource complaint)
    {
        var offered = ComplaintActionMenu.For(complaint);
        return offered switch
        {
            { Callback: true, CallbackClock: { } clock } => clock,
            { Answer: true } => "answer",
            { Propose: true } => "propose",
            { Verify: true } => "verify",
            _ => "none",
        };
    }
}
