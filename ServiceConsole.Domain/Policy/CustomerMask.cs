namespace ServiceConsole.Domain.Policy;

/// <summary>
/// INF-07: how a customer reads to someone whose task does not need the full value. One rule per kind of value, used
/// by every page, API answer and hub message.
/// </summary>
public static class CustomerMask
{
    private const char Star = '*';

    /// <summary>The surname and at most two stars: 王女士 → 王**.</summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length <= 1 ? name : string.Concat(name.AsSpan(0, 1), new string(Star, Math.Min(name.Length - 1, 2)));
    }

    /// <summary>The first three and last four digits of a mobile: 13800138000 → 138****8000; a short value is starred whole.</summary>
    public static string Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Length >= 8 ? string.Concat(phone.AsSpan(0, 3), new string(Star, phone.Length - 7), phone.AsSpan(phone.Length - 4)) : new string(Star, phone.Length);
    }

    /// <summary>The first three and last four characters of an ID number, the birth date and sequence hidden.</summary>
    public static string IdNumber(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        return idNumber.Length >= 8 ? string.Concat(idNumber.AsSpan(0, 3), new string(Star, idNumber.Length - 7), idNumber.AsSpan(idNumber.Length - 4)) : new string(Star, idNumber.Length);
    }

    /// <summary>An address down to its district or county (浙江省杭州市西湖区文三路90号 → 浙江省杭州市西湖区***).</summary>
    public static string Address(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var end = address.IndexOfAny(['区', '县', '旗']);
        if (end < 0)
        {
            end = address.LastIndexOf('市');
        }

        return end < 0 ? (address.Length == 0 ? "" : "***") : string.Concat(address.AsSpan(0, end + 1), "***");
    }

    /// <summary>The last four digits of a phone, enough to tell two customers apart; empty for a shorter value.</summary>
    public static string PhoneTail(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Length >= 4 ? phone[^4..] : "";
    }
}
