namespace ServiceConsole.Domain.Scripts;

/// <summary>One thing SVC-06 requires the agent to ask or say before a parcel query or a sending is complete.</summary>
public enum ChecklistStep
{
    /// <summary>Parcel query: the waybill number or the sender's or recipient's phone number.</summary>
    WaybillOrPhone,

    SenderAddress,
    RecipientAddress,

    /// <summary>What is being sent, so it can be checked against the prohibited-items list.</summary>
    ItemType,

    /// <summary>The item type was checked and is not prohibited.</summary>
    ItemAllowed,

    Fee,
    EstimatedDelivery,

    /// <summary>Whether the item is fragile was asked, and a fragile item has its handling note.</summary>
    FragileHandling,
}
