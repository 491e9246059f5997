namespace ServiceConsole.Domain.Routing;

/// <summary>What routing weighs when a complaint needs an owner: is the agent on duty, how much do they already carry.</summary>
public sealed record ComplaintOwnerLoad(string Code, bool OnDuty, int OpenComplaints, int OpenContacts, DateTimeOffset IdleSince);
