using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Complaints;

public sealed record ComplaintCallbackRequest([Required] bool? Satisfied, [Range(1, 5)] int? Satisfaction, string? Note, DateTimeOffset? At);
