namespace ServiceConsole.Web.Configuration;

/// <summary>Integration access (section <c>ServiceConsole:Ingest</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>The key telephony, chat and outlet systems send as <c>X-Api-Key</c>.</summary>
    public string ApiKey { get; set; } = "";
}
