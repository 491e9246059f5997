namespace ServiceConsole.Web.Features.Complaints;

/// <summary>One line of the complaint's timeline, with the clocks it concerns.</summary>
/// <param name="Action">The history action (<c>verified</c>, <c>proposed</c>…) or <c>breach</c>.</param>
/// <param name="Note">What a person wrote (findings, a proposal note, the customer's answer), if anything.</param>
/// <param name="Detail">A machine value to show in words: the severity of a registration, the assignee of an assignment.</param>
/// <param name="Round">The negotiation round a proposal or an answer belongs to (CMP-08).</param>
/// <param name="Accountability">Who was held to account at a verification (CMP-11/12), when the entry records it.</param>
public sealed record TimelineEntry(
    TimelineEntryKind Kind,
    DateTimeOffset At,
    string? Actor,
    string Action,
    string? From,
    string? To,
    string? Note,
    string? Detail,
    NegotiationRoundResource? Round,
    BreachResource? Breach,
    IReadOnlyList<ClockMark> Clocks,
    AccountabilityNote? Accountability = null)
{
    public bool ChangesStatus => From is not null && To is not null && From != To;
}
