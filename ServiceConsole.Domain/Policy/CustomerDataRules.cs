using System.Text.RegularExpressions;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// Entry checks on customer data (INF-03, INF-04). Every check matches the WHOLE value: a
/// configured pattern ending in <c>$</c> would otherwise accept a trailing newline, and
/// <c>\d</c> would accept non-ASCII digits, which no logistics system stores.
/// </summary>
public static partial class CustomerDataRules
{
    private static readonly TimeSpan _matchTimeout = TimeSpan.FromMilliseconds(250);
    private static readonly int[] _idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckChars = "10X98765432";

    /// <summary>A mainland mobile (11 digits starting with 1) or a landline with its area code, e.g. 0571-87654321.</summary>
    public static bool IsValidPhone(string? phone) =>
        phone is not null && (MobilePattern().IsMatch(phone) || LandlinePattern().IsMatch(phone));

    /// <summary>INF-03: the waybill matches the carrier's configured pattern, over its whole length.</summary>
    public static bool IsValidWaybill(string? waybillNo, string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        if (string.IsNullOrEmpty(waybillNo))
        {
            return false;
        }

        try
        {
            var m = Regex.Match(waybillNo, pattern, RegexOptions.CultureInvariant, _matchTimeout);
            return m.Success && m.Index == 0 && m.Length == waybillNo.Length;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// INF-04: an 18-character resident ID number (GB 11643): 17 digits whose first six are the
    /// region and next eight a real birth date, then the ISO 7064 MOD 11-2 check character
    /// (<c>X</c> for 10; lower-case <c>x</c> is accepted because people type it).
    /// </summary>
    public static bool IsValidIdCard(string? idNumber)
    {
        if (idNumber is null || idNumber.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(idNumber[i]))
            {
                return false;
            }

            sum += (idNumber[i] - '0') * _idWeights[i];
        }

        if (!IsBirthDate(idNumber.AsSpan(6, 8)))
        {
            return false;
        }

        return char.ToUpperInvariant(idNumber[17]) == IdCheckChars[sum % 11];
    }

    private static bool IsBirthDate(ReadOnlySpan<char> yyyymmdd)
    {
        var year = int.Parse(yyyymmdd[..4]);
        var month = int.Parse(yyyymmdd[4..6]);
        var day = int.Parse(yyyymmdd[6..]);
        return year >= 1900 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    [GeneratedRegex(@"^1[0-9]{10}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^0[0-9]{2,3}-?[0-9]{7,8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex LandlinePattern();
}
