namespace ServiceConsole.Domain.Routing;

/// <summary>
/// Gives a complaint that arrived without an agent (through the API, from an outlet) an owner among the agents of its
/// channel, by the same spirit as contact routing: an agent on duty before one who is not, then the fewest open
/// complaints, then the fewest open contacts, then the one idle longest, then by code so the choice is deterministic.
/// A complaint has no concurrency cap: it is owned even when everyone is busy (CMP-04: the agent verifies within 1 h).
/// </summary>
public static class ComplaintRouter
{
    public static string? ChooseOwner(IEnumerable<ComplaintOwnerLoad> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .OrderByDescending(c => c.OnDuty)
            .ThenBy(c => c.OpenComplaints)
            .ThenBy(c => c.OpenContacts)
            .ThenBy(c => c.IdleSince)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => c.Code)
            .FirstOrDefault();
    }
}
