namespace ServiceConsole.Domain.Scripts;

/// <summary>What the agent has collected for a parcel query (SVC-06).</summary>
public sealed record ParcelQueryFacts(string? WaybillNo = null, string? SenderPhone = null, string? RecipientPhone = null);
