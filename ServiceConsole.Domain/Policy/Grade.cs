namespace ServiceConsole.Domain.Policy;

/// <summary>Monthly assessment grade (TRN-05).</summary>
public enum Grade
{
    Excellent,
    Qualified,
    Failed
}
