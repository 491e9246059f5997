namespace ServiceConsole.Web.Configuration;

/// <summary>Integration access (section <c>ServiceConsole:Ingest</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>The key telephony, chat and outlet systems send as <c>X-Api-Key</c>.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>
    /// INF-07: whether the integration is a trusted system that reads every customer in clear. Off by default: the key
    /// reads in clear only the records it created and everything else masked.
    /// </summary>
    public bool FullAccess { get; set; }
}
