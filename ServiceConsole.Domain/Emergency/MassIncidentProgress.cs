namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-04: how far a mass complaint is: linked complaints resolved out of all linked, for the
/// progress bar, and when the last of them was resolved once all are.
/// </summary>
public sealed record MassIncidentProgress(int Resolved, int Total, DateTimeOffset? AllResolvedAt)
{
    public bool IsComplete => Total > 0 && Resolved == Total;

    /// <summary>0 to 1; an incident with nothing linked yet is at 0.</summary>
    public double Ratio => Total == 0 ? 0 : (double)Resolved / Total;
}
