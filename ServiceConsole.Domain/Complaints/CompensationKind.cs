namespace ServiceConsole.Domain.Complaints;

/// <summary>The form compensation takes (CMP-05…07).</summary>
public enum CompensationKind
{
    Coupon,
    Repair,
    Cash
}
