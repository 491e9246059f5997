using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Demo;

/// <summary>
/// How many complaints the demo may have open, from its settings. Complaints arrive at random (a share of contacts)
/// and each takes its own time whatever the others do, so the number open is Poisson with mean arrivals × mean life
/// (Little's law): it stays within mean + 4 standard deviations unless complaints pile up.
/// </summary>
public static class DemoComplaintBand
{
    public static double MostOpen(DemoOptions demo, ComplaintDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(deadlines);
        var mean = demo.TrafficPerMinute * demo.ComplaintShare * MeanLifeMinutes(demo.Complaints, deadlines);
        return mean + 4 * Math.Sqrt(mean);
    }

    /// <summary>
    /// The mean minutes from registration to close, taken high: every complaint counted as major (evidence first, and
    /// a late verification waits for the major deadline).
    /// </summary>
    public static double MeanLifeMinutes(DemoComplaintOptions o, ComplaintDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(deadlines);
        var evidence = Enum.GetValues<EvidenceKind>().Length * o.EvidenceMinutes.Mean;
        var verify = o.VerifyMinutes.Mean + o.LateVerifyShare * (deadlines.VerifyWindow(Severity.Major).TotalMinutes + o.LateByMinutes.Max);
        var rounds = Enumerable.Range(0, o.MaxRounds).Sum(k => Math.Pow(1 - o.AcceptShare, k));
        var negotiation = rounds * (o.ProposeMinutes.Mean + o.AnswerMinutes.Mean);
        var reopenings = Enumerable.Range(1, o.MaxReopens).Sum(k => Math.Pow(1 - o.SatisfiedShare, k));
        return evidence + verify + (1 + reopenings) * (negotiation + o.CallbackMinutes.Mean);
    }
}
