using System.Globalization;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>Money on the complaint page: yuan with two decimals, the same in every language.</summary>
public static class Yuan
{
    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
