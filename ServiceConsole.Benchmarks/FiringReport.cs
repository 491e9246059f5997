using System.Globalization;

namespace ServiceConsole.Benchmarks;

/// <summary>The firing-lateness run as markdown: configuration, lateness against the timer baseline, throughput, and lateness over the run.</summary>
internal sealed class FiringReport(
    FiringLateness.Options options,
    string machineBefore,
    DateTimeOffset started,
    DateTimeOffset created,
    DateTimeOffset ended,
    long pendingAtOnce,
    IReadOnlyList<PromiseLoad.Promise> promises,
    IReadOnlyList<FiringRecords.Breach> breaches,
    IReadOnlyList<FiringRecords.Warning> warnings,
    long breachAlerts,
    TimerBaseline baseline)
{
    public const double TargetP99Ms = 250;

    public string Render()
    {
        var lead = TimeSpan.FromMinutes(options.WarningLeadMinutes);
        var firstDue = promises.Min(p => p.DueAt);
        var lastDue = promises.Max(p => p.DueAt);
        // A promise still not breached when the wait ended counts as late as the end of the wait: a
        // lower bound, so a run that falls behind cannot look better by leaving its worst out.
        var breachedIds = breaches.Select(b => b.Id).ToHashSet();
        var unbreached = promises.Where(p => !breachedIds.Contains(p.Id)).ToList();
        var lateness = breaches.Select(b => (b.DueAt, Ms: (b.BreachedAt - b.DueAt).TotalMilliseconds))
            .Concat(unbreached.Select(p => (p.DueAt, Ms: (ended - p.DueAt).TotalMilliseconds)))
            .OrderBy(l => l.DueAt)
            .ToList();
        var breachLateness = lateness.Select(l => l.Ms).ToList();
        var warningLateness = warnings.Select(w => (w.RaisedAt - (w.DueAt - lead)).TotalMilliseconds).ToList();
        var timerBreach = Stats.Of("bare .NET timers at the breach instants, same process load (baseline)", baseline.BreachLatenessMs);
        var consoleBreach = Stats.Of(
            unbreached.Count == 0
                ? "console: breach recorded (BreachedAt − DueAt)"
                : $"console: breach recorded (BreachedAt − DueAt; the {unbreached.Count} never breached count as late as the end of the wait)",
            breachLateness);
        List<string> rows = [timerBreach.Row(timerBreach), consoleBreach.Row(timerBreach)];
        Stats? consoleWarning = null;
        if (baseline.WarningLatenessMs.Count > 0 && warningLateness.Count > 0)
        {
            var timerWarning = Stats.Of("bare .NET timers at the warning instants (baseline)", baseline.WarningLatenessMs);
            consoleWarning = Stats.Of("console: warning raised (RaisedAt − (DueAt − lead))", warningLateness);
            rows.AddRange([timerWarning.Row(timerWarning), consoleWarning.Row(timerWarning)]);
        }

        var breachSpan = breaches.Count > 1 ? breaches.Max(b => b.BreachedAt) - breaches.Min(b => b.BreachedAt) : TimeSpan.Zero;
        var dueSpan = lastDue - firstDue;
        var firingStart = warnings.Count > 0 ? warnings.Min(w => w.RaisedAt) : breaches.Select(b => b.BreachedAt).DefaultIfEmpty(ended).Min();
        var firingSpan = breaches.Select(b => b.BreachedAt).DefaultIfEmpty(ended).Max() - firingStart;
        var creation = created - started;
        string verdict = unbreached.Count == 0 && consoleBreach.P99 <= TargetP99Ms
            ? $"**met**: breach p99 {consoleBreach.P99:0.0} ms ≤ {TargetP99Ms:0} ms"
            : $"**missed**: breach p99 {consoleBreach.P99:0.0} ms (target ≤ {TargetP99Ms:0} ms), {breaches.Count} of {promises.Count} breached";
        if (consoleWarning is not null)
        {
            verdict += $"; warning p99 {consoleWarning.P99:0.0} ms";
        }

        return string.Join('\n',
        [
            $"Run {started:yyyy-MM-dd HH:mm}Z, Release build, {options.Describe()}.",
            $"Machine before: {machineBefore}. After: {MachineState.Describe()}.",
            "",
            $"- Configuration: {promises.Count} SVC-05 promises for agent A001 over HTTP, {options.Parallel} in flight; " +
            $"`Policy:Service:PromiseCallbackHours` = {Invariant(options.PromiseMinutes / 60)} ({Invariant(options.PromiseMinutes)} min), " +
            $"`Policy:Clocks:WarningLeadMinutes` = {Invariant(options.WarningLeadMinutes)}; demo centre, traffic off.",
            $"- Creation: {promises.Count} promises in {creation.TotalSeconds:0.0} s ({promises.Count / creation.TotalSeconds:0.0}/s); " +
            $"**{pendingAtOnce} pending at once** when the last was made; the first warning was due {(firstDue - lead - created).TotalSeconds:0.0} s later, " +
            $"the first breach {(firstDue - created).TotalSeconds:0.0} s later.",
            $"- Due times span {dueSpan.TotalSeconds:0.0} s ({Rate(promises.Count, dueSpan)}/s); breaches were recorded over {breachSpan.TotalSeconds:0.0} s " +
            $"({Rate(breaches.Count, breachSpan)}/s); warnings and breaches together: {warnings.Count + breaches.Count} fires over {firingSpan.TotalSeconds:0.0} s " +
            $"({Rate(warnings.Count + breaches.Count, firingSpan)}/s).",
            $"- Breached {breaches.Count} of {promises.Count} by the end of the wait, {(ended - lastDue).TotalSeconds:0.0} s after the last due time (breach alerts {breachAlerts}); warnings raised {warnings.Count} of {promises.Count} " +
            "(a warning that would come after its due time is dropped, so a shortfall means warnings ran that late).",
            "",
            "| series | samples | p50 ms | p90 ms | p99 ms | max ms | p50 vs baseline | p99 vs baseline |",
            "|---|---|---|---|---|---|---|---|",
            .. rows,
            "",
            $"Verdict against the issue-4 target (p99 ≤ {TargetP99Ms:0} ms): {verdict}.",
            "",
            "Breach lateness over the run (promises in tenths by due time):",
            "",
            "| tenth | due from s | samples | p50 ms | p99 ms | max ms |",
            "|---|---|---|---|---|---|",
            .. Tenths(lateness, firstDue),
        ]);
    }

    private static IEnumerable<string> Tenths(List<(DateTimeOffset DueAt, double Ms)> ordered, DateTimeOffset firstDue)
    {
        for (var t = 0; t < 10; t++)
        {
            var slice = ordered.Skip(ordered.Count * t / 10).Take((ordered.Count * (t + 1) / 10) - (ordered.Count * t / 10)).ToList();
            if (slice.Count == 0)
            {
                continue;
            }

            var s = Stats.Of("", slice.Select(l => l.Ms).ToList());
            yield return $"| {t + 1} | {(slice[0].DueAt - firstDue).TotalSeconds:0.0} | {s.Count} | {s.P50:0.0} | {s.P99:0.0} | {s.Max:0.0} |";
        }
    }

    private static string Rate(int count, TimeSpan span) => span > TimeSpan.Zero ? (count / span.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
