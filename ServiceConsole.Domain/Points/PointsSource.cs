namespace ServiceConsole.Domain.Points;

/// <summary>
/// What a ledger entry comes from: a complaint (its accountability, CMP-11/12, or a norm violation found on it,
/// SVC-10), or a norm violation recorded directly, without a complaint (SVC-10).
/// </summary>
public enum PointsSource
{
    Complaint,
    Violation
}
