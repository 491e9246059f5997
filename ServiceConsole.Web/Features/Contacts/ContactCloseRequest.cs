using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Contacts;

/// <param name="At">When; the server's now when left out.</param>
/// <param name="Resolved">Whether the customer's matter was settled in this contact (SVC-08); never assumed.</param>
/// <param name="Satisfaction">The customer's rating, 1–5, when given (SVC-09).</param>
public sealed record ContactCloseRequest(DateTimeOffset? At, [Required] bool? Resolved, [Range(1, 5)] int? Satisfaction);
