namespace ServiceConsole.Web.Features.Audit;

/// <summary>Marker for the audit screen's strings (AuditResource*.resx beside it).</summary>
public sealed class AuditResource;
