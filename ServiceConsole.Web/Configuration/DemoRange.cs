namespace ServiceConsole.Web.Configuration;

/// <summary>A span the demo draws from evenly, such as "2 to 10 minutes" (<c>{ "Min": 2, "Max": 10 }</c>).</summary>
public sealed class DemoRange
{
    public DemoRange()
    {
    }

    public DemoRange(double min, double max) => (Min, Max) = (min, max);

    public double Min { get; set; }

    public double Max { get; set; }

    /// <summary>The point <paramref name="unit"/> (0 to 1) of the way from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public double At(double unit) => Min + (Max - Min) * unit;

    /// <summary>The middle of the span: what a step takes on average.</summary>
    public double Mean => (Min + Max) / 2;

    public bool IsValid => Min >= 0 && Max >= Min;

    public override string ToString() => $"{Min}–{Max}";
}
