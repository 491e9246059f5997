namespace ServiceConsole.Domain.Policy;

/// <summary>Complaint handling (POLICY.md CMP, 制度 3).</summary>
public sealed class ComplaintOptions
{
    /// <summary>CMP-02: hours from receipt within which a general complaint is resolved.</summary>
    public int GeneralResolveHours { get; set; } = 24;

    /// <summary>CMP-03: hours from receipt within which a major complaint is resolved.</summary>
    public int MajorResolveHours { get; set; } = 48;

    /// <summary>CMP-03: a delay of this many days or more makes a complaint major.</summary>
    public int MajorDelayDays { get; set; } = 3;

    /// <summary>CMP-03: a damaged item worth this many yuan or more (以上 is inclusive) makes a complaint major.</summary>
    public decimal MajorDamageValueYuan { get; set; } = 500m;

    /// <summary>CMP-04: hours from receipt within which a general complaint is verified.</summary>
    public int GeneralVerifyHours { get; set; } = 1;

    /// <summary>CMP-04: hours from receipt within which a major complaint is verified.</summary>
    public int MajorVerifyHours { get; set; } = 6;

    /// <summary>
    /// CMP-05: delay coupon in yuan by delay length; index = days − 1, the last entry applies
    /// to every longer delay.
    /// </summary>
    public int[] DelayCouponYuan { get; set; } = [5, 10, 15, 20];

    /// <summary>CMP-06: an unrepairable damaged item is paid at least this multiple of the shipping fee.</summary>
    public decimal DamageMinShippingFeeMultiple { get; set; } = 3m;

    /// <summary>CMP-07: cap in yuan on the payment for an uninsured lost parcel.</summary>
    public decimal UninsuredLossCapYuan { get; set; } = 500m;

    /// <summary>CMP-09: hours after resolution within which the follow-up callback is due.</summary>
    public int FollowUpCallbackHours { get; set; } = 24;

    /// <summary>CMP-10: hours after reopening within which the customer is called back again.</summary>
    public int RecallbackHours { get; set; } = 12;

    /// <summary>CMP-11: points a courier at fault loses.</summary>
    public int CourierFaultPoints { get; set; } = 10;

    /// <summary>CMP-11: fine in yuan for a courier at fault in a general complaint.</summary>
    public decimal CourierFineGeneralYuan { get; set; } = 200m;

    /// <summary>CMP-11: fine in yuan for a courier at fault in a major complaint.</summary>
    public decimal CourierFineMajorYuan { get; set; } = 500m;

    /// <summary>CMP-12: points an agent at fault loses.</summary>
    public int AgentFaultPoints { get; set; } = 8;

    /// <summary>INF-03, CMP-01: the carrier's waybill-number format (no extra or missing digits).</summary>
    public string WaybillPattern { get; set; } = "^[A-Z0-9]{8,20}$";
}
