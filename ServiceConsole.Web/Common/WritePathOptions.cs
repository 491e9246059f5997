namespace ServiceConsole.Web.Common;

/// <summary>How the write path groups commits (<c>ServiceConsole:Writes</c>).</summary>
public sealed class WritePathOptions
{
    public const string SectionName = "ServiceConsole:Writes";

    /// <summary>
    /// The most writes one group commit holds. Every write that arrived while the previous commit was on disk joins
    /// the next group up to this bound; a larger group shares one fsync among more requests but answers its first one later.
    /// </summary>
    public int MaxBatch { get; set; } = 256;
}
