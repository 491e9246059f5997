namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-01/02: a customer an emergency touched, who is owed a recovery callback. <see cref="Key"/>
/// is the phone without spaces or dashes (or the contact id when no phone was left), so a
/// customer who called twice and also asked for a redirect is called back once.
/// </summary>
/// <param name="ContactId">The first contact of this customer, when the customer reached the centre as a contact.</param>
/// <param name="AgentCode">Who spoke to the customer; the recovery callback goes to them.</param>
public sealed record AffectedCustomer(string Key, string Name, string Phone, string? WaybillNo, Guid? ContactId, string? AgentCode);
