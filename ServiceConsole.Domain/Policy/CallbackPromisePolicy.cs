namespace ServiceConsole.Domain.Policy;

/// <summary>SVC-05: a question the agent cannot answer at once is called back within 1 h.</summary>
public sealed class CallbackPromisePolicy(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public TimeSpan Window => TimeSpan.FromHours(_options.Service.PromiseCallbackHours);

    public DateTimeOffset DueAt(DateTimeOffset promisedAt) => promisedAt + Window;
}
