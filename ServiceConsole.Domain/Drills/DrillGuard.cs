namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: keeps drills and real emergencies apart at the door. A drill record must name a
/// generated drill customer; a real record must not, so a forgotten drill form never sends a
/// real customer's callback to a fake number, nor a drill's callback to a real one.
/// </summary>
internal static class DrillGuard
{
    public static void EnsureCustomerMatches(bool isDrill, string phone, string paramName)
    {
        var drillPhone = DrillCustomerGenerator.IsDrillPhone(phone);
        if (isDrill && !drillPhone)
        {
            throw new ArgumentException(
                $"A drill touches no real customer (EMG-05): use a generated drill phone ({DrillCustomerGenerator.PhonePrefix}xxxx).", paramName);
        }

        if (!isDrill && drillPhone)
        {
            throw new ArgumentException(
                $"{phone} is a drill phone number; it cannot be recorded in a real emergency (EMG-05).", paramName);
        }
    }
}
