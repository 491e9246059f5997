namespace ServiceConsole.Benchmarks;

/// <summary>Percentiles of one series of latencies, in milliseconds.</summary>
internal sealed record Stats(string Name, int Count, double P50, double P90, double P99, double Max)
{
    public static Stats Of(string name, IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Stats(name, sorted.Length, At(0.50), At(0.90), At(0.99), sorted[^1]);
    }

    public string Row(Stats baseline) =>
        $"| {Name} | {Count} | {P50:0.00} | {P90:0.00} | {P99:0.00} | {Max:0.00} | {P50 / baseline.P50:0.0}× | {P99 / baseline.P99:0.0}× |";
}
