namespace ServiceConsole.Domain.Policy;

/// <summary>Information management (POLICY.md INF, 制度 4).</summary>
public sealed class InformationOptions
{
    /// <summary>INF-03: minutes after the service ends within which its records are entered.</summary>
    public int EntryWindowMinutes { get; set; } = 30;

    /// <summary>INF-04: days an ID-card copy stays valid.</summary>
    public int IdCopyValidDays { get; set; } = 7;

    /// <summary>INF-06: days after which a password must be changed.</summary>
    public int PasswordExpiryDays { get; set; } = 15;

    /// <summary>INF-08: years customer information is kept.</summary>
    public int CustomerRetentionYears { get; set; } = 2;

    /// <summary>INF-08: years logistics information is kept.</summary>
    public int LogisticsRetentionYears { get; set; } = 2;

    /// <summary>INF-08: years service records are kept.</summary>
    public int ServiceRecordRetentionYears { get; set; } = 1;

    /// <summary>INF-10: a leak of more than this many records is escalated.</summary>
    public int LeakEscalationRecords { get; set; } = 50;

    /// <summary>INF-10: the window in which one account's reads of customers in clear are counted toward a leak.</summary>
    public int LeakWindowMinutes { get; set; } = 60;

    /// <summary>INF-11: hours within which the data-fault emergency plan starts.</summary>
    public int DataFaultPlanHours { get; set; } = 2;
}
