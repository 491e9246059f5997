using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Domain.Supplies;

/// <summary>
/// EMG-02/06: the paper registration form kept ready for outages. Its columns are exactly what
/// <see cref="OutageIncident.RecordWaitingCustomer"/> takes, so every filled-in line can be typed
/// in after recovery without guessing, and the required ones are the ones the console requires.
/// </summary>
public static class PaperRegistrationForm
{
    public const string Title = "系统故障客户登记表";

    /// <summary>Printed under the title: what to do with the form (EMG-02: each customer is called back within the hour after recovery).</summary>
    public const string Instructions = "系统故障期间,请逐一登记无法办理的客户;系统恢复后立即录入系统,并在规定时间内回电每位客户。";

    /// <summary>Lines printed per page; enough for a 30-minute outage on one desk.</summary>
    public const int RowsPerPage = 15;

    public static IReadOnlyList<PaperFormField> Fields { get; } =
    [
        new(nameof(OutageWaitingCustomer.CustomerName), "客户姓名", Required: true, Width: 2),
        new(nameof(OutageWaitingCustomer.CustomerPhone), "联系电话", Required: true, Width: 3),
        new(nameof(OutageWaitingCustomer.WaybillNo), "运单号", Required: false, Width: 3),
        new(nameof(OutageWaitingCustomer.Issue), "问题/诉求", Required: true, Width: 6),
        new(nameof(OutageWaitingCustomer.RecordedAt), "登记时间", Required: true, Width: 2),
        new(nameof(OutageWaitingCustomer.RecordedBy), "登记人(工号)", Required: true, Width: 2),
    ];
}
