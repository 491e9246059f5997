using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

public sealed record ComplaintProposeRequest([Required, WireEnum<CompensationKind>] string? Kind, [Required, Range(0, 10_000_000)] decimal? Amount, string? Note, DateTimeOffset? At);
