namespace ServiceConsole.Domain.Scripts;

/// <summary>
/// What the agent has collected for sending a parcel (SVC-06). <paramref name="Fragile"/> is null
/// until the customer was asked; a fragile item needs <paramref name="HandlingNote"/>.
/// </summary>
public sealed record ParcelSendingFacts(
    string? SenderAddress = null,
    string? RecipientAddress = null,
    string? ItemType = null,
    decimal? Fee = null,
    string? EstimatedDelivery = null,
    bool? Fragile = null,
    string? HandlingNote = null);
