namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// Settings of natural-disaster mode's web flow (<c>ServiceConsole:Weather</c>). A contact counts as a delay question
/// (EMG-01: its customer is owed a recovery callback) when its topic contains one of <see cref="DelayTopics"/>.
/// </summary>
public sealed class WeatherFlowOptions
{
    public const string SectionName = "ServiceConsole:Weather";

    /// <summary>The topics telephony and chat send for "where is my parcel" questions, and the delay words agents type.</summary>
    public static IReadOnlyList<string> DefaultDelayTopics { get; } = ["延误", "催派送", "查件", "天气"];

    /// <summary>Replaces <see cref="DefaultDelayTopics"/> when configured (an array binds by appending, so the defaults are not the initial value).</summary>
    public string[]? DelayTopics { get; set; }

    public IReadOnlyList<string> EffectiveDelayTopics =>
        DelayTopics is { Length: > 0 } configured ? [.. configured.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())] : DefaultDelayTopics;
}
