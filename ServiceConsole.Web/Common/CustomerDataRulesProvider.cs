using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Common;

/// <summary>The configured carrier's waybill pattern (INF-03), checked against the whole value by the domain rule.</summary>
public sealed class CustomerDataRulesProvider(IOptions<PolicyOptions> options)
{
    public string WaybillPattern { get; } = options.Value.Complaints.WaybillPattern;

    public bool IsValidWaybill(string? value) => CustomerDataRules.IsValidWaybill(value, WaybillPattern);
}
