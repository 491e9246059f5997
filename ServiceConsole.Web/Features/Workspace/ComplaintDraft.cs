using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>
/// The complaint form's fields while the agent fills them in (CMP-01). The external id is fixed when
/// the draft starts, so pressing submit twice registers one complaint. The customer comes from the contact being
/// served (<see cref="FollowContact"/>) until the agent types another one.
/// </summary>
public sealed class ComplaintDraft
{
    // The customer as the served contact gave it; while the fields still read so, the draft follows the contact.
    private (string? Name, string? Phone, string? WaybillNo) _prefilled;

    public required string ExternalId { get; init; }

    /// <summary>The contact whose customer filled the draft, if one did.</summary>
    public Guid? ContactId { get; private set; }

    /// <summary>Where the complaint was received: the served contact's channel; none means the agent's own.</summary>
    public Channel? Channel { get; private set; }

    public string? CustomerName { get; set; }

    public string? CustomerPhone { get; set; }

    public string? WaybillNo { get; set; }

    public string? OutletCode { get; set; }

    public ComplaintCategory? Category { get; set; }

    public int? DelayDays { get; set; }

    public bool PackagingOnly { get; set; }

    public decimal? ItemValue { get; set; }

    public bool Insured { get; set; }

    public decimal? InsuredValue { get; set; }

    public decimal? ShippingFee { get; set; }

    public string? Demand { get; set; }

    public static ComplaintDraft Start(DateTimeOffset now) => new() { ExternalId = $"console-{Guid.CreateVersion7(now):N}" };

    /// <summary>
    /// Takes the customer's name, phone, waybill and channel from the contact being served, or empties them when none
    /// is, unless the agent has already typed another customer; that is kept. Returns whether the draft followed.
    /// </summary>
    public bool FollowContact(ContactResource? contact)
    {
        if (contact?.Id == ContactId || !AsPrefilled)
        {
            return false;
        }

        ContactId = contact?.Id;
        Channel = contact is not null && WireNames.TryParseChannel(contact.Channel, out var channel) ? channel : null;
        _prefilled = (contact?.CustomerName, contact?.CustomerPhone, contact?.WaybillNo);
        (CustomerName, CustomerPhone, WaybillNo) = _prefilled;
        return true;
    }

    /// <param name="agentChannel">The channel when no served contact gave one: the agent's own.</param>
    public ComplaintCreateRequest ToRequest(Channel agentChannel) => new(
        ExternalId,
        WireNames.ToWire(Channel ?? agentChannel),
        CustomerName?.Trim(),
        CustomerPhone?.Trim(),
        WaybillNo?.Trim(),
        OutletCode?.Trim(),
        Category is { } category ? WireNames.ToWire(category) : null,
        DelayDays,
        PackagingOnly,
        ItemValue,
        Insured,
        Insured ? InsuredValue : null,
        ShippingFee,
        Demand?.Trim(),
        IssueKey: null,
        ReceivedAt: null);

    // A field typed in and wiped again reads empty, as it was.
    private bool AsPrefilled =>
        Same(CustomerName, _prefilled.Name) && Same(CustomerPhone, _prefilled.Phone) && Same(WaybillNo, _prefilled.WaybillNo);

    private static bool Same(string? typed, string? prefilled) => string.Equals(typed ?? "", prefilled ?? "", StringComparison.Ordinal);
}
