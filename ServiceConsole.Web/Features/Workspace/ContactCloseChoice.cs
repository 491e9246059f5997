namespace ServiceConsole.Web.Features.Workspace;

/// <summary>The agent's close of a contact: was the matter settled (SVC-08) and the customer's rating, if given (SVC-09).</summary>
public sealed record ContactCloseChoice(Guid ContactId, bool Resolved, int? Rating);
