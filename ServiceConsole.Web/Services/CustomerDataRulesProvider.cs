using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Services;

/// <summary>The waybill pattern of the configured carrier, compiled once (INF-03).</summary>
public sealed class CustomerDataRulesProvider(IOptions<PolicyOptions> options)
{
    private readonly Regex _waybill = new(options.Value.Complaints.WaybillPattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public string WaybillPattern => _waybill.ToString();

    public bool IsValidWaybill(string? value) => value is not null && _waybill.IsMatch(value);
}
