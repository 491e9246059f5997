using System.Globalization;

namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: makes the customers a drill works with, so a drill touches no real customer. The same
/// seed always gives the same customers (a drill can be replayed and its report compared), and
/// the checks <see cref="IsDrillPhone"/> / <see cref="IsDrillWaybill"/> let the aggregates refuse
/// a real customer in a drill, or a drill customer in a real emergency.
/// </summary>
public static class DrillCustomerGenerator
{
    /// <summary>Every generated name starts with this, so any screen or printout shows it is a drill.</summary>
    public const string NameMarker = "演练";

    /// <summary>
    /// 11-digit numbers 1000000xxxx: they pass the mobile-number check (INF-03) so the real forms
    /// accept them, but no mainland operator issues numbers starting with 100.
    /// </summary>
    public const string PhonePrefix = "1000000";

    public const string WaybillPrefix = "DRILL";

    /// <summary>How many distinct customers the phone range holds.</summary>
    public const int MaxCustomers = 10_000;

    private static readonly string[] _surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
    private static readonly string[] _titles = ["先生", "女士"];

    /// <summary>Customers for the drill with this id; the id seeds the generator.</summary>
    public static IReadOnlyList<DrillCustomer> Generate(Guid drillId, int count)
    {
        var bytes = drillId.ToByteArray();
        return Generate(BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 12), count);
    }

    /// <summary>
    /// <paramref name="count"/> distinct customers. The seed only shifts where in the ranges they
    /// start; phones and waybills never repeat within one call.
    /// </summary>
    public static IReadOnlyList<DrillCustomer> Generate(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCustomers);

        var mixed = Mix((uint)seed);
        var phoneStart = (int)(mixed % MaxCustomers);
        var batch = (int)((mixed >> 16) % 100_000);
        var customers = new DrillCustomer[count];
        for (var i = 0; i < count; i++)
        {
            var pick = Mix(mixed + (uint)i);
            var name = $"{NameMarker}-{_surnames[pick % (uint)_surnames.Length]}{_titles[(pick >> 8) % 2]}{i + 1:D2}";
            var phone = PhonePrefix + ((phoneStart + i) % MaxCustomers).ToString("D4", CultureInfo.InvariantCulture);
            var waybill = WaybillPrefix + batch.ToString("D5", CultureInfo.InvariantCulture) + (i + 1).ToString("D5", CultureInfo.InvariantCulture);
            customers[i] = new DrillCustomer(name, phone, waybill);
        }

        return customers;
    }

    /// <summary>True for a phone number in the drill range (spaces and dashes ignored).</summary>
    public static bool IsDrillPhone(string? phone)
    {
        var digits = phone is null ? "" : string.Concat(phone.Where(c => !char.IsWhiteSpace(c) && c != '-'));
        return digits.Length == PhonePrefix.Length + 4
            && digits.StartsWith(PhonePrefix, StringComparison.Ordinal)
            && digits.All(char.IsAsciiDigit);
    }

    public static bool IsDrillWaybill(string? waybillNo) =>
        waybillNo is not null && waybillNo.StartsWith(WaybillPrefix, StringComparison.OrdinalIgnoreCase);

    // A small integer hash (the "lowbias32" finaliser): the same input gives the same output on
    // every runtime, unlike System.Random, whose seeded sequence is not a documented contract.
    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x7feb352d;
        x ^= x >> 15;
        x *= 0x846ca68b;
        x ^= x >> 16;
        return x;
    }
}
