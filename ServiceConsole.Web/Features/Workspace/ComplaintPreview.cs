using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>What the domain would decide for the draft if it were registered now (CMP-02…07).</summary>
/// <param name="Quote">Null while the facts a rule needs are missing, or when no rule compensates the category.</param>
public sealed record ComplaintPreview(
    ServiceConsole.Domain.Complaints.Severity Severity,
    DateTimeOffset VerifyBy,
    DateTimeOffset ResolveBy,
    CompensationQuote? Quote);
