namespace ServiceConsole.Domain.Policy;

/// <summary>INF-07: how a customer reads to someone whose task does not need the full value.</summary>
public static class CustomerMask
{
    /// <summary>The surname and at most two stars: 王女士 → 王**.</summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length <= 1 ? name : string.Concat(name.AsSpan(0, 1), new string('*', Math.Min(name.Length - 1, 2)));
    }

    /// <summary>The last four digits of a phone, enough to tell two customers apart; empty for a shorter value.</summary>
    public static string PhoneTail(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Length >= 4 ? phone[^4..] : "";
    }
}
